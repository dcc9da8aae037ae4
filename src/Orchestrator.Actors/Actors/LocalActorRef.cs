using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>The reference to an actor in this process.</summary>
internal sealed class LocalActorRef : ActorRefBase, IInternalActorRef
{
    private readonly ActorCell _cell;

    public LocalActorRef(ActorCell cell, ActorPath path)
    {
        _cell = cell;
        Path = path;
    }

    public override ActorPath Path { get; }

    public ActorCell Cell => _cell;

    public bool IsTerminated => _cell.Mailbox.IsClosed;

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        _cell.Post(message, sender);
    }

    public void SendSystemMessage(SystemMessage message) => _cell.SendSystemMessage(message);

    public void Stop() => _cell.SendSystemMessage(new Terminate());

    public IInternalActorRef? GetChild(IEnumerable<string> names)
    {
        IInternalActorRef current = this;
        foreach (var name in names)
        {
            switch (name)
            {
                case "" or ".":
                    continue;
                case "..":
                    current = current is LocalActorRef local ? local._cell.InternalParent : current;
                    continue;
            }

            if (current is not LocalActorRef localRef)
            {
                return current.GetChild([name]);
            }

            var uidAt = name.IndexOf('#', StringComparison.Ordinal);
            var childName = uidAt < 0 ? name : name[..uidAt];
            var child = localRef._cell.TryGetChild(childName);
            if (child is null)
            {
                return null;
            }

            if (uidAt >= 0 && long.TryParse(name.AsSpan(uidAt + 1), System.Globalization.CultureInfo.InvariantCulture, out var uid) && uid != child.Path.Uid)
            {
                return null;
            }

            current = child;
        }

        return current;
    }
}

using System.Text;
using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// A reference to an actor in another actor system: messages are serialised and sent on this system's
/// connection to that system, in order. Watch, Unwatch and death notifications travel as system frames.
/// </summary>
public sealed class RemoteActorRef : ActorRefBase, IInternalActorRef
{
    private readonly Association _association;

    internal RemoteActorRef(Association association, ActorPath path)
    {
        _association = association;
        Path = path;
        PathBytes = Encoding.UTF8.GetBytes(path.ToSerializationFormat());
    }

    /// <inheritdoc/>
    public override ActorPath Path { get; }

    /// <summary>Always false: a remote actor's end is learnt through death watch.</summary>
    public bool IsTerminated => false;

    /// <summary>The local system that sends through this reference.</summary>
    internal ActorSystemImpl System => _association.Transport.System;

    /// <summary>The recipient path as written on the wire, encoded once.</summary>
    internal byte[] PathBytes { get; }

    /// <inheritdoc/>
    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        _association.Send(new OutboundEnvelope(FrameKind.Message, 0, PathBytes, message, sender));
    }

    /// <summary>Sends <paramref name="message"/> to the actors that <paramref name="elements"/> select below the remote root.</summary>
    internal void TellSelection(IReadOnlyList<string> elements, object message, IActorRef? sender)
    {
        var path = Encoding.UTF8.GetBytes("/" + string.Join('/', elements));
        _association.Send(new OutboundEnvelope(FrameKind.Message, FrameCodec.SelectionFlag, path, message, sender));
    }

    void IInternalActorRef.SendSystemMessage(SystemMessage message)
    {
        var transport = _association.Transport;
        switch (message)
        {
            case Watch watch when watch.Watcher is IInternalActorRef watcher:
                transport.Watcher.Watch(this, watcher);
                _association.SendSystem(RemoteSystemMessage.Watch, 0, PathBytes, transport.EncodePath(watch.Watcher));
                break;
            case Unwatch unwatch when unwatch.Watcher is IInternalActorRef watcher:
                transport.Watcher.Unwatch(this, watcher);
                _association.SendSystem(RemoteSystemMessage.Unwatch, 0, PathBytes, transport.EncodePath(unwatch.Watcher));
                break;
            case DeathWatchNotification notification:
                _association.SendSystem(RemoteSystemMessage.DeathWatchNotification, RemoteSystemMessage.Flags(notification), transport.EncodePath(notification.Actor), PathBytes);
                break;
        }
    }

    void IInternalActorRef.Stop() => Tell(PoisonPill.Instance, null);

    IInternalActorRef? IInternalActorRef.GetChild(IEnumerable<string> names)
    {
        var path = Path;
        foreach (var name in names)
        {
            path /= name;
        }

        return ReferenceEquals(path, Path) ? this : new RemoteActorRef(_association, path);
    }
}

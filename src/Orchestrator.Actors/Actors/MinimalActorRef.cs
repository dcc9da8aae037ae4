using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>A reference with no cell behind it: it ignores system messages and has no children.</summary>
internal abstract class MinimalActorRef : ActorRefBase, IInternalActorRef
{
    public virtual bool IsTerminated => false;

    public override void Tell(object message, IActorRef? sender)
    {
    }

    public virtual void SendSystemMessage(SystemMessage message)
    {
    }

    public virtual void Stop()
    {
    }

    public IInternalActorRef? GetChild(IEnumerable<string> names) => names.Any() ? null : this;
}

namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>Tells a supervisor that one of its children failed.</summary>
internal sealed class Failed(IActorRef child, Exception cause, long uid) : SystemMessage
{
    public IActorRef Child { get; } = child;

    public Exception Cause { get; } = cause;

    public long Uid { get; } = uid;
}

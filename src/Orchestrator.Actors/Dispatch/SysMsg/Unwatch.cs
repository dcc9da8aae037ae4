namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>Withdraws a Watch.</summary>
internal sealed class Unwatch(IActorRef watchee, IActorRef watcher) : SystemMessage
{
    public IActorRef Watchee { get; } = watchee;

    public IActorRef Watcher { get; } = watcher;
}

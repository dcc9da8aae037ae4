namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>Asks the watchee to tell the watcher when it terminates.</summary>
internal sealed class Watch(IActorRef watchee, IActorRef watcher) : SystemMessage
{
    public IActorRef Watchee { get; } = watchee;

    public IActorRef Watcher { get; } = watcher;
}

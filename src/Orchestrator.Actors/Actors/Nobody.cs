using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>The reference to no actor: messages to it vanish, and watching it reports it terminated at once.</summary>
public sealed class Nobody : ActorRefBase, IInternalActorRef
{
    private static readonly ActorPath NobodyPath = new RootActorPath(new Address(Address.DefaultProtocol, "all-systems")) / "Nobody";

    private Nobody()
    {
    }

    /// <summary>The one instance.</summary>
    public static Nobody Instance { get; } = new();

    public override ActorPath Path => NobodyPath;

    bool IInternalActorRef.IsTerminated => true;

    public override void Tell(object message, IActorRef? sender)
    {
    }

    void IInternalActorRef.SendSystemMessage(SystemMessage message)
    {
        if (message is Watch watch && watch.Watcher is IInternalActorRef watcher)
        {
            watcher.SendSystemMessage(new DeathWatchNotification(this, existenceConfirmed: false, addressTerminated: false));
        }
    }

    void IInternalActorRef.Stop()
    {
    }

    IInternalActorRef? IInternalActorRef.GetChild(IEnumerable<string> names) => null;
}

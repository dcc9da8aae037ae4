using Orchestrator.Actors.Dispatch.SysMsg;
using Orchestrator.Actors.Event;

namespace Orchestrator.Actors;

/// <summary>Where undeliverable messages go: each is published on the event stream as a <see cref="DeadLetter"/>.</summary>
internal sealed class DeadLetterActorRef(ActorPath path, EventStream stream) : MinimalActorRef
{
    public override ActorPath Path { get; } = path;

    public override void Tell(object message, IActorRef? sender)
    {
        switch (message)
        {
            case DeadLetter dead:
                stream.Publish(dead);
                break;
            case Identify identify:
                sender?.Tell(new ActorIdentity(identify.MessageId, null), this);
                break;
            default:
                stream.Publish(new DeadLetter(message, sender ?? this, this));
                break;
        }
    }

    public override void SendSystemMessage(SystemMessage message)
    {
        if (message is Watch watch && watch.Watcher is IInternalActorRef watcher)
        {
            watcher.SendSystemMessage(new DeathWatchNotification(watch.Watchee, existenceConfirmed: false, addressTerminated: false));
        }
    }
}

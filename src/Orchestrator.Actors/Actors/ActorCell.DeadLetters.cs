using Orchestrator.Actors.Dispatch;
using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors;

/// <summary>What happens to messages that reach an actor after it has terminated.</summary>
internal sealed partial class ActorCell
{
    /// <summary>
    /// Sends an undeliverable user message to dead letters. A <see cref="DeadLetter"/> itself
    /// is dropped, as in Akka: it was meant for a dead subscriber of dead letters, and
    /// publishing it again would reach that subscriber again, without end.
    /// </summary>
    public void SendToDeadLetters(Envelope envelope)
    {
        if (envelope.Message is DeadLetter)
        {
            return;
        }

        _system.DeadLetters.Tell(new DeadLetter(envelope.Message, envelope.Sender ?? _system.DeadLetters, Self), envelope.Sender);
    }

    /// <summary>
    /// A system message for a dead actor: a watch is answered at once with a death
    /// notification (so nobody waits forever for a Terminated); the rest are dropped.
    /// </summary>
    public void HandleSystemMessageWhenDead(SystemMessage message)
    {
        if (message is Watch watch && watch.Watchee.Equals(Self) && !watch.Watcher.Equals(Self) && watch.Watcher is IInternalActorRef watcher)
        {
            watcher.SendSystemMessage(new DeathWatchNotification(Self, existenceConfirmed: false, addressTerminated: false));
        }
    }
}

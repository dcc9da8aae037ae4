namespace Orchestrator.Actors;

/// <summary>Something a message can be sent to: an actor reference or a selection.</summary>
public interface ICanTell
{
    /// <summary>Sends a message, fire-and-forget. <paramref name="sender"/> may be null (no sender).</summary>
    void Tell(object message, IActorRef? sender);
}

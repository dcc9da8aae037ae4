namespace Orchestrator.Actors;

/// <summary>An actor failed while being created or started (its constructor or PreStart threw). The default decider stops it.</summary>
public sealed class ActorInitializationException : Exception
{
    public ActorInitializationException(IActorRef? actor, string message, Exception? cause)
        : base(message, cause) => Actor = actor;

    public ActorInitializationException(string message) : base(message)
    {
    }

    public ActorInitializationException()
    {
    }

    public ActorInitializationException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The actor that could not start, when known.</summary>
    public IActorRef? Actor { get; }
}

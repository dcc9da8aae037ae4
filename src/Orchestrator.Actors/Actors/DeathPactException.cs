namespace Orchestrator.Actors;

/// <summary>An actor received <see cref="Terminated"/> for an actor it watched and did not handle it. The default decider stops it.</summary>
public sealed class DeathPactException : Exception
{
    public DeathPactException(IActorRef deadActor)
        : base($"Monitored actor [{deadActor.Path}] terminated") => DeadActor = deadActor;

    public DeathPactException()
    {
    }

    public DeathPactException(string message) : base(message)
    {
    }

    public DeathPactException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The watched actor that terminated.</summary>
    public IActorRef? DeadActor { get; }
}

namespace Orchestrator.Actors;

/// <summary>Thrown inside an actor that received <see cref="Kill"/>. The default decider stops it.</summary>
public sealed class ActorKilledException : Exception
{
    public ActorKilledException() : base("Kill")
    {
    }

    public ActorKilledException(string message) : base(message)
    {
    }

    public ActorKilledException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

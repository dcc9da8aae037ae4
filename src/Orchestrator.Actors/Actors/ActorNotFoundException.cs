namespace Orchestrator.Actors;

/// <summary>A selection resolved to no actor.</summary>
public sealed class ActorNotFoundException : Exception
{
    public ActorNotFoundException(string message) : base(message)
    {
    }

    public ActorNotFoundException()
    {
    }

    public ActorNotFoundException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

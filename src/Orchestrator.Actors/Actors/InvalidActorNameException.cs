namespace Orchestrator.Actors;

/// <summary>An actor name is empty, has characters a path cannot hold, or is taken by a sibling.</summary>
public sealed class InvalidActorNameException : Exception
{
    public InvalidActorNameException(string message) : base(message)
    {
    }

    public InvalidActorNameException()
    {
    }

    public InvalidActorNameException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

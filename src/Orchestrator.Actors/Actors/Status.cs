namespace Orchestrator.Actors;

/// <summary>Replies that carry an outcome: <see cref="Success"/> or <see cref="Failure"/>. An ask that receives a Failure fails with its cause.</summary>
public abstract record Status
{
    private protected Status()
    {
    }

    /// <summary>An operation succeeded, optionally with a value.</summary>
    public sealed record Success(object? Status) : Orchestrator.Actors.Status;

    /// <summary>An operation failed.</summary>
    public sealed record Failure(Exception Cause) : Orchestrator.Actors.Status;
}

namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>
/// The outcome of one <see cref="AtomicWrite"/>. A rejection (the events could not be
/// serialised, say) leaves nothing stored and the actor goes on (OnPersistRejected); a
/// failure (the unique key (persistence_id, sequence_nr) was hit: another incarnation
/// wrote first) stops the actor (OnPersistFailure) and never overwrites.
/// </summary>
public abstract record WriteResult
{
    private protected WriteResult()
    {
    }

    /// <summary>The write is durable.</summary>
    public static WriteResult Success { get; } = new Written();

    /// <summary>The write was refused; nothing was stored; the writer may go on.</summary>
    public static WriteResult Rejected(Exception cause) => new Rejection(cause);

    /// <summary>The write failed; nothing was stored; the writer must stop.</summary>
    public static WriteResult Failed(Exception cause) => new Failure(cause);

    /// <summary>A durable write.</summary>
    public sealed record Written : WriteResult;

    /// <summary>A refused write.</summary>
    public sealed record Rejection(Exception Cause) : WriteResult;

    /// <summary>A failed write.</summary>
    public sealed record Failure(Exception Cause) : WriteResult;
}

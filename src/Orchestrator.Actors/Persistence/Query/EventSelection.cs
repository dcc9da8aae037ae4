namespace Orchestrator.Actors.Persistence.Query;

/// <summary>
/// Which events a query reads, and what its cursor counts: journal orderings for <see cref="All"/> and
/// <see cref="ByTag"/>, the entity's sequence numbers for <see cref="ByPersistenceId"/>.
/// </summary>
public abstract record EventSelection
{
    private protected EventSelection()
    {
    }

    /// <summary>Every event; the cursor is the ordering.</summary>
    public static EventSelection AllEvents { get; } = new All();

    /// <summary>The position of <paramref name="envelope"/> in this selection's cursor.</summary>
    public abstract long CursorOf(EventEnvelope envelope);

    /// <summary>True once the cursor has reached the end of a finite selection.</summary>
    public virtual bool IsComplete(long cursor) => false;

    /// <summary>Every event, in ordering order.</summary>
    public sealed record All : EventSelection
    {
        /// <inheritdoc/>
        public override long CursorOf(EventEnvelope envelope) => OrderingOf(envelope);
    }

    /// <summary>The events tagged <paramref name="Tag"/>, in ordering order.</summary>
    public sealed record ByTag(string Tag) : EventSelection
    {
        /// <inheritdoc/>
        public override long CursorOf(EventEnvelope envelope) => OrderingOf(envelope);
    }

    /// <summary>The events of one entity up to <paramref name="ToSequenceNr"/>, in sequence order; the cursor is the sequence number.</summary>
    public sealed record ByPersistenceId(string PersistenceId, long ToSequenceNr) : EventSelection
    {
        /// <inheritdoc/>
        public override long CursorOf(EventEnvelope envelope) => envelope.SequenceNr;

        /// <inheritdoc/>
        public override bool IsComplete(long cursor) => cursor >= ToSequenceNr;
    }

    private static long OrderingOf(EventEnvelope envelope) =>
        envelope.Offset is Sequence sequence
            ? sequence.Value
            : throw new InvalidOperationException($"A journal store returned an event of {envelope.PersistenceId} without an ordering ({envelope.Offset}).");
}

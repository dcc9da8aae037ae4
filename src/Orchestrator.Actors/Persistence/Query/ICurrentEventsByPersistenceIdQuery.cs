namespace Orchestrator.Actors.Persistence.Query;

/// <summary>A read journal that lists one entity's events.</summary>
public interface ICurrentEventsByPersistenceIdQuery : IReadJournal
{
    /// <summary>
    /// The entity's events with <paramref name="fromSequenceNr"/> ≤ sequence number ≤ <paramref name="toSequenceNr"/>
    /// stored at the time of the call, in order; then completes. Deleted events are left out.
    /// </summary>
    IAsyncEnumerable<EventEnvelope> CurrentEventsByPersistenceId(string persistenceId, long fromSequenceNr, long toSequenceNr, CancellationToken cancellationToken = default);
}

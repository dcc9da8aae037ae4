namespace Orchestrator.Actors.Persistence.Query;

/// <summary>A read journal that streams one entity's events, live.</summary>
public interface IEventsByPersistenceIdQuery : IReadJournal
{
    /// <summary>
    /// The entity's events with <paramref name="fromSequenceNr"/> ≤ sequence number ≤ <paramref name="toSequenceNr"/>,
    /// in order, then each new one as it is stored. Completes once the event numbered <paramref name="toSequenceNr"/>
    /// has been delivered (pass <see cref="long.MaxValue"/> to follow the entity forever); cancel the enumeration
    /// to end it earlier (it then throws <see cref="OperationCanceledException"/>). Deleted events are left out.
    /// </summary>
    IAsyncEnumerable<EventEnvelope> EventsByPersistenceId(string persistenceId, long fromSequenceNr, long toSequenceNr, CancellationToken cancellationToken = default);
}

namespace Orchestrator.Actors.Persistence.Query;

/// <summary>A read journal that lists every event of the journal.</summary>
public interface ICurrentAllEventsQuery : IReadJournal
{
    /// <summary>
    /// Every event after <paramref name="offset"/> (exclusive) up to the highest ordering at the time of the
    /// call, in journal order; then completes. Deleted events are left out.
    /// </summary>
    IAsyncEnumerable<EventEnvelope> CurrentAllEvents(Offset offset, CancellationToken cancellationToken = default);
}

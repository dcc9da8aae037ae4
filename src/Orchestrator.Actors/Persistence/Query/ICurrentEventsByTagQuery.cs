namespace Orchestrator.Actors.Persistence.Query;

/// <summary>A read journal that lists the events of one tag.</summary>
public interface ICurrentEventsByTagQuery : IReadJournal
{
    /// <summary>
    /// The events tagged <paramref name="tag"/> after <paramref name="offset"/> (exclusive) up to the highest
    /// ordering at the time of the call, in journal order; then completes. Deleted events are left out.
    /// </summary>
    IAsyncEnumerable<EventEnvelope> CurrentEventsByTag(string tag, Offset offset, CancellationToken cancellationToken = default);
}

namespace Orchestrator.Actors.Persistence.Query;

/// <summary>A read journal that streams the events of one tag, live.</summary>
public interface IEventsByTagQuery : IReadJournal
{
    /// <summary>
    /// The events tagged <paramref name="tag"/> after <paramref name="offset"/> (exclusive), in journal order,
    /// then each new one as it is stored. Never skips an event and delivers each once. Never completes:
    /// cancel the enumeration to end it (it then throws <see cref="OperationCanceledException"/>).
    /// Deleted events are left out.
    /// </summary>
    IAsyncEnumerable<EventEnvelope> EventsByTag(string tag, Offset offset, CancellationToken cancellationToken = default);
}

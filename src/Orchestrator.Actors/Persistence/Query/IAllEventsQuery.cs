namespace Orchestrator.Actors.Persistence.Query;

/// <summary>A read journal that streams every event of the journal, live.</summary>
public interface IAllEventsQuery : IReadJournal
{
    /// <summary>
    /// Every event after <paramref name="offset"/> (exclusive), in journal order, then each new one as it is
    /// stored. Offsets strictly increase; an event is never skipped, even one whose transaction committed
    /// after a later offset was read elsewhere, and is delivered once. Never completes: cancel the
    /// enumeration to end it (it then throws <see cref="OperationCanceledException"/>). Deleted events are left out.
    /// </summary>
    IAsyncEnumerable<EventEnvelope> AllEvents(Offset offset, CancellationToken cancellationToken = default);
}

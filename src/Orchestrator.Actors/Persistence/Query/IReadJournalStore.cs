namespace Orchestrator.Actors.Persistence.Query;

/// <summary>
/// The storage side of a read journal (<see cref="ReadJournalBase"/>): ordered reads of a journal whose
/// events carry a global ordering that follows commit order. That property is what makes live queries
/// exact: once a read sees ordering N, every lower ordering is visible to later reads or never will be
/// (a rolled-back write leaves a permanent hole), so a reader that has passed N never has to look back.
/// The SQL journals get it from a single writer (SQLite) or a transaction-level lock taken before the
/// ordering is drawn (PostgreSQL); the in-memory journal from appending under a lock.
/// </summary>
public interface IReadJournalStore
{
    /// <summary>The highest ordering stored (deleted events included), or 0 when the journal is empty.</summary>
    Task<long> ReadHighestOrderingAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> events of <paramref name="selection"/> that are not deleted, with cursor
    /// above <paramref name="afterCursor"/> and ordering at most <paramref name="maxOrdering"/>, in cursor order.
    /// Payloads are deserialised; the first that cannot be ends the page, with its error as the page's
    /// <see cref="EventPage.Failure"/>.
    /// </summary>
    Task<EventPage> ReadEventsAsync(EventSelection selection, long afterCursor, long maxOrdering, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The distinct persistence ids with an event (deleted or not) whose ordering is above
    /// <paramref name="afterOrdering"/> and at most <paramref name="maxOrdering"/>, in the order of their
    /// first event in that range.
    /// </summary>
    Task<IReadOnlyList<string>> ReadPersistenceIdsAsync(long afterOrdering, long maxOrdering, CancellationToken cancellationToken);
}

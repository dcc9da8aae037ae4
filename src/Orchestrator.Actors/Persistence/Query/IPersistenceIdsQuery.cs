namespace Orchestrator.Actors.Persistence.Query;

/// <summary>A read journal that streams the ids of all entities, live.</summary>
public interface IPersistenceIdsQuery : IReadJournal
{
    /// <summary>
    /// Every persistence id in the journal, each once and in the order of its first event, then each new one as
    /// its first event is stored.
    /// Never completes: cancel the enumeration to end it (it then throws <see cref="OperationCanceledException"/>).
    /// </summary>
    IAsyncEnumerable<string> PersistenceIds(CancellationToken cancellationToken = default);
}

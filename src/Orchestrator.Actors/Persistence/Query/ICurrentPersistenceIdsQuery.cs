namespace Orchestrator.Actors.Persistence.Query;

/// <summary>A read journal that lists the ids of all entities.</summary>
public interface ICurrentPersistenceIdsQuery : IReadJournal
{
    /// <summary>Every persistence id with an event stored at the time of the call, each once, in the order of its first event; then completes.</summary>
    IAsyncEnumerable<string> CurrentPersistenceIds(CancellationToken cancellationToken = default);
}

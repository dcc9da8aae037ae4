namespace Orchestrator.Actors.Persistence.Query;

/// <summary>
/// Implemented by a journal plugin that can tell, within its process, that a write has committed, so that
/// live queries reading the same journal are pushed the new events at once instead of at their next poll.
/// Writes by other processes are not announced: read journals poll for those.
/// </summary>
public interface IJournalCommitNotifier
{
    /// <summary>
    /// Calls <paramref name="onCommitted"/> after each durable write with the highest ordering it stored, until
    /// the returned handle is disposed. Every ordering at or below it is then visible to readers or will never
    /// be (its transaction rolled back). It runs on the writing thread: it must be quick and must not throw.
    /// </summary>
    IDisposable SubscribeCommits(Action<long> onCommitted);
}

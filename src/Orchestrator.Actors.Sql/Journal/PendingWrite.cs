using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// One <see cref="SqlJournal.WriteMessagesAsync"/> call waiting in the group-commit queue: its serialised
/// writes (null where a write was already rejected) and the results its caller awaits.
/// </summary>
internal sealed class PendingWrite
{
    private readonly TaskCompletionSource<IReadOnlyList<WriteResult>> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PendingWrite(JournalRow[]?[] writes, WriteResult?[] results)
    {
        Writes = writes;
        Results = results;
        WriteCount = writes.Count(w => w is not null);
    }

    /// <summary>The rows of each AtomicWrite, in the caller's order; null for a rejected one.</summary>
    public JournalRow[]?[] Writes { get; }

    /// <summary>The result of each write; null while it is pending.</summary>
    public WriteResult?[] Results { get; }

    /// <summary>How many writes go to the database.</summary>
    public int WriteCount { get; }

    public Task<IReadOnlyList<WriteResult>> Task => _completion.Task;

    /// <summary>Every pending write of this call is durable.</summary>
    public void Succeed()
    {
        for (var i = 0; i < Results.Length; i++)
        {
            Results[i] ??= WriteResult.Success;
        }

        Complete();
    }

    /// <summary>Hands the results to the caller; every write has one.</summary>
    public void Complete() => _completion.TrySetResult(Array.ConvertAll(Results, r => r ?? throw new InvalidOperationException("A write has no result.")));

    /// <summary>The database failed: the caller's task fails with <paramref name="cause"/>.</summary>
    public void Fail(Exception cause) => _completion.TrySetException(cause);
}

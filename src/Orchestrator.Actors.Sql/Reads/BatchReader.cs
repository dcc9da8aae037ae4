using System.Data.Common;
using Orchestrator.Actors.Sql.Dialects;

namespace Orchestrator.Actors.Sql.Reads;

/// <summary>
/// Answers batches of reads on the one connection a <see cref="ReadBatcher{TRead}"/> loop keeps, for as long
/// as it keeps it: its commands are made and prepared once (<see cref="Commands"/>), then run for every
/// batch. Where the dialect <see cref="ISqlDialect.CombinesReads"/>, a batch is one statement; otherwise
/// it is answered read by read.
/// </summary>
/// <typeparam name="TRead">The kind of read.</typeparam>
internal abstract class BatchReader<TRead>(DbConnection connection, ISqlDialect dialect) : IAsyncDisposable
    where TRead : class, IBatchedRead
{
    /// <summary>The connection's prepared commands.</summary>
    protected PreparedCommands Commands { get; } = new(connection, dialect);

    /// <summary>
    /// Answers the reads: completes those it can; throws when the connection failed. Read by read, each caller is
    /// released as soon as its read is answered, so that it goes on (on another core) while the next one is read;
    /// the callers of a combined statement are released together when the batch ends.
    /// </summary>
    public async Task ReadAsync(IReadOnlyList<TRead> batch)
    {
        if (dialect.CombinesReads)
        {
            await ReadTogetherAsync(batch);
            return;
        }

        foreach (var read in batch)
        {
            await ReadEachAsync([read]);
            ThreadPool.UnsafeQueueUserWorkItem(static answered => answered.Publish(), read, preferLocal: false);
        }
    }

    public ValueTask DisposeAsync() => Commands.DisposeAsync();

    /// <summary>One parameter array of a combined statement: <paramref name="select"/> of each read, in batch order.</summary>
    protected static T[] Column<T>(IReadOnlyList<TRead> batch, Func<TRead, T> select)
    {
        var values = new T[batch.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = select(batch[i]);
        }

        return values;
    }

    /// <summary>The whole batch with one statement.</summary>
    protected abstract Task ReadTogetherAsync(IReadOnlyList<TRead> batch);

    /// <summary>The batch read by read.</summary>
    protected abstract Task ReadEachAsync(IReadOnlyList<TRead> batch);
}

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
{
    /// <summary>The connection's prepared commands.</summary>
    protected PreparedCommands Commands { get; } = new(connection, dialect);

    /// <summary>Answers the reads: completes those it can; throws when the connection failed.</summary>
    public Task ReadAsync(IReadOnlyList<TRead> batch) => dialect.CombinesReads ? ReadTogetherAsync(batch) : ReadEachAsync(batch);

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

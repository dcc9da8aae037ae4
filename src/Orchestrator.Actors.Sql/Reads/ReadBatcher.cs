using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Sql.Reads;

/// <summary>
/// Group reads, the read-side twin of the journal's group commit: concurrent reads of many entities (a
/// seed restarting thousands of entities at once) queue here, and each of a few reader loops takes up to
/// a batch of them and answers all of them on one connection it keeps, with one statement where the
/// database has round trips to save (PostgreSQL) or one prepared statement per read (SQLite). An idle
/// journal has no reader connection checked out beyond the loops'.
/// </summary>
/// <typeparam name="TRead">The kind of read.</typeparam>
internal sealed partial class ReadBatcher<TRead> : IAsyncDisposable
    where TRead : class, IBatchedRead
{
    private readonly Channel<TRead> _queue = Channel.CreateUnbounded<TRead>();
    private readonly SqlDatabase _database;
    private readonly int _batchSize;
    private readonly Func<DbConnection, IReadOnlyList<TRead>, Task> _together;
    private readonly Func<DbConnection, IReadOnlyList<TRead>, Task> _each;
    private readonly ILogger _log;
    private readonly string _name;
    private readonly Task[] _readers;

    /// <param name="database">Where the loops get their connections.</param>
    /// <param name="parallelism">Reader loops, each with a connection of its own while it has work.</param>
    /// <param name="batchSize">The most reads one loop answers together.</param>
    /// <param name="together">Answers a batch of several reads with one statement (used where the dialect <see cref="Dialects.ISqlDialect.CombinesReads"/>); completes the reads it can, throws when the connection failed.</param>
    /// <param name="each">Answers a batch read by read on the connection, likewise.</param>
    /// <param name="log">Where a failed batch is logged.</param>
    /// <param name="name">What the loops read, for the log.</param>
    public ReadBatcher(SqlDatabase database, int parallelism, int batchSize, Func<DbConnection, IReadOnlyList<TRead>, Task> together, Func<DbConnection, IReadOnlyList<TRead>, Task> each, ILogger log, string name)
    {
        _database = database;
        _batchSize = batchSize;
        _together = together;
        _each = each;
        _log = log;
        _name = name;
        _readers = new Task[parallelism];
        for (var i = 0; i < parallelism; i++)
        {
            _readers[i] = Task.Run(RunAsync);
        }
    }

    /// <summary>Queues a read for the next batch.</summary>
    /// <exception cref="ObjectDisposedException">The plugin is shutting down.</exception>
    public void Enqueue(TRead read)
    {
        if (!_queue.Writer.TryWrite(read))
        {
            throw new ObjectDisposedException(_name, "The plugin is shutting down.");
        }
    }

    /// <summary>Answers the reads already queued, then stops the loops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_readers);
    }

    private async Task RunAsync()
    {
        var batch = new List<TRead>(_batchSize);
        DbConnection? connection = null;
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                while (batch.Count < _batchSize && _queue.Reader.TryRead(out var read))
                {
                    batch.Add(read);
                }

                if (batch.Count > 0)
                {
                    connection = await AnswerAsync(connection, batch);
                    batch.Clear();
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>Answers one batch; returns the connection to go on with (null after a failure, so the next batch opens a fresh one).</summary>
    private async Task<DbConnection?> AnswerAsync(DbConnection? connection, List<TRead> batch)
    {
        Exception? failure = null;
        try
        {
            connection ??= await _database.OpenAsync(CancellationToken.None);
            await (_database.Dialect.CombinesReads && batch.Count > 1 ? _together : _each)(connection, batch);
        }
        catch (Exception e)
        {
            failure = e;
            Log.BatchFailed(_log, e, batch.Count, _name);
        }

        var unanswered = failure ?? new InvalidOperationException($"A batch of {_name} left a read unanswered.");
        foreach (var read in batch)
        {
            read.Fail(unanswered);
        }

        if (failure is null || connection is null)
        {
            return connection;
        }

        await connection.DisposeAsync();
        _database.Dialect.ClearPool();
        return null;
    }
}

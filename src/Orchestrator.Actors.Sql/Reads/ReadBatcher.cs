using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Sql.Reads;

/// <summary>
/// Group reads, the read-side twin of the journal's group commit: concurrent reads of many entities (a
/// seed restarting thousands of entities at once) queue here, and each of a few reader loops takes up to
/// a batch of them and answers all of them on one connection it keeps, through an
/// <see cref="BatchReader{TRead}"/> whose prepared statements live as long as the connection: one
/// statement per batch where the database has round trips to save (PostgreSQL), one per read (SQLite).
/// </summary>
/// <typeparam name="TRead">The kind of read.</typeparam>
internal sealed partial class ReadBatcher<TRead> : IAsyncDisposable
    where TRead : class, IBatchedRead
{
    private readonly Channel<TRead> _queue = Channel.CreateUnbounded<TRead>();
    private readonly SqlDatabase _database;
    private readonly int _batchSize;
    private readonly Func<DbConnection, BatchReader<TRead>> _open;
    private readonly ILogger _log;
    private readonly string _name;
    private readonly Task[] _readers;

    /// <param name="database">Where the loops get their connections.</param>
    /// <param name="parallelism">Reader loops, each with a connection of its own while it has work.</param>
    /// <param name="batchSize">The most reads one loop answers together.</param>
    /// <param name="open">Makes the reader of a loop's connection.</param>
    /// <param name="log">Where a failed batch is logged.</param>
    /// <param name="name">What the loops read, for the log.</param>
    public ReadBatcher(SqlDatabase database, int parallelism, int batchSize, Func<DbConnection, BatchReader<TRead>> open, ILogger log, string name)
    {
        _database = database;
        _batchSize = batchSize;
        _open = open;
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
        Session? session = null;
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
                    session = await AnswerAsync(session, batch);
                    batch.Clear();
                }
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }
    }

    /// <summary>Answers one batch; returns the session to go on with (null after a failure, so the next batch opens a fresh one).</summary>
    private async Task<Session?> AnswerAsync(Session? session, List<TRead> batch)
    {
        Exception? failure = null;
        try
        {
            if (session is null)
            {
                var connection = await _database.OpenAsync(CancellationToken.None);
                session = new Session(connection, _open(connection));
            }

            await session.Reader.ReadAsync(batch);
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

        // The callers go on elsewhere, the whole batch on one work item, while this loop reads the next batch.
        ThreadPool.UnsafeQueueUserWorkItem(static reads => PublishAll(reads), batch.ToArray(), preferLocal: false);
        if (failure is null || session is null)
        {
            return session;
        }

        await session.DisposeAsync();
        _database.Dialect.ClearPool();
        return null;
    }

    private static void PublishAll(TRead[] reads)
    {
        foreach (var read in reads)
        {
            read.Publish();
        }
    }

    /// <summary>A loop's connection and the reader bound to it.</summary>
    private sealed class Session(DbConnection connection, BatchReader<TRead> reader) : IAsyncDisposable
    {
        public BatchReader<TRead> Reader => reader;

        public async ValueTask DisposeAsync()
        {
            try
            {
                await reader.DisposeAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}

using System.Data.Common;
using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// The writer loops. Each owns a connection (reopened after a failure), takes a batch of queued calls and
/// commits all their writes in one transaction. A batch that hits the unique key is rolled back and its
/// writes are tried again one transaction each, so that only the colliding ones (and their entities' later
/// writes) fail. Any other database error fails the batch's callers and the loop goes on with the next batch
/// on a new connection.
/// </summary>
public abstract partial class SqlJournal
{
    private async Task RunWriterAsync()
    {
        var batch = new List<PendingWrite>();
        DbConnection? connection = null;
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                var writes = 0;
                while (writes < Settings.BatchSize && _queue.Reader.TryRead(out var pending))
                {
                    Interlocked.Decrement(ref _queued);
                    batch.Add(pending);
                    writes += pending.WriteCount;
                }

                if (batch.Count > 0)
                {
                    connection = await CommitAsync(connection, batch);
                    batch.Clear();
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await DisposeQuietlyAsync(connection);
            }
        }
    }

    /// <summary>Commits a batch; returns the connection to go on with (null after a failure).</summary>
    private async Task<DbConnection?> CommitAsync(DbConnection? connection, List<PendingWrite> batch)
    {
        try
        {
            connection ??= await Database.OpenAsync(CancellationToken.None);
            try
            {
                await InsertAsync(connection, batch.SelectMany(p => p.Writes).OfType<JournalRow[]>().SelectMany(rows => rows).ToList());
                foreach (var pending in batch)
                {
                    pending.Succeed();
                }
            }
            catch (Exception e) when (Dialect.IsUniqueViolation(e))
            {
                await InsertEachAsync(connection, batch);
            }

            return connection;
        }
        catch (Exception e)
        {
            Log.BatchFailed(_log, e, batch.Sum(p => p.WriteCount), JournalKey);
            foreach (var pending in batch)
            {
                pending.Fail(e);
            }

            if (connection is not null)
            {
                await DisposeQuietlyAsync(connection);
            }

            // If the server went away, the idle pooled connections are dead too: the next batch gets a fresh one.
            Dialect.ClearPool();
            return null;
        }
    }

    /// <summary>
    /// After a batch hit the unique key: every write in a transaction of its own. Once a write of an entity
    /// fails, that entity's later writes in the batch fail too, unstored: they come from the incarnation
    /// that lost, and storing them could put its events after the winner's.
    /// </summary>
    private async Task InsertEachAsync(DbConnection connection, List<PendingWrite> batch)
    {
        var failed = new Dictionary<string, DuplicateSequenceNrException>(StringComparer.Ordinal);
        foreach (var pending in batch)
        {
            for (var i = 0; i < pending.Writes.Length; i++)
            {
                if (pending.Writes[i] is not { } rows)
                {
                    continue;
                }

                var persistenceId = rows[0].PersistenceId;
                if (failed.TryGetValue(persistenceId, out var earlier))
                {
                    pending.Results[i] = WriteResult.Failed(new DuplicateSequenceNrException(
                        $"Event {rows[0].SequenceNr} of persistence id [{persistenceId}] was not written: an earlier write of the entity in the same batch hit the unique key.", earlier));
                    continue;
                }

                try
                {
                    await InsertAsync(connection, rows);
                    pending.Results[i] = WriteResult.Success;
                }
                catch (Exception e) when (Dialect.IsUniqueViolation(e))
                {
                    Log.Conflict(_log, persistenceId, rows[0].SequenceNr, rows[^1].SequenceNr, rows[0].WriterId);
                    var conflict = new DuplicateSequenceNrException(persistenceId, rows[0].SequenceNr);
                    failed[persistenceId] = conflict;
                    pending.Results[i] = WriteResult.Failed(conflict);
                }
            }

            pending.Complete();
        }
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> in one transaction, commits and announces the commit. Rows go in
    /// statements of up to <see cref="Dialects.ISqlDialect.MaxRowsPerInsert"/> rows; one command (prepared once, its
    /// parameters rebound) serves every statement of the same size.
    /// </summary>
    private async Task InsertAsync(DbConnection connection, IReadOnlyList<JournalRow> rows)
    {
        await using var transaction = await Dialect.BeginExclusiveTransactionAsync(connection, WriteLockKey, CancellationToken.None);
        long highest = 0;
        DbCommand? command = null;
        try
        {
            for (var start = 0; start < rows.Count; start += Dialect.MaxRowsPerInsert)
            {
                var count = Math.Min(Dialect.MaxRowsPerInsert, rows.Count - start);
                if (command?.Parameters.Count != count * JournalStatements.InsertColumns)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = InsertCommand(connection, transaction, count);
                }

                var parameters = command.Parameters;
                var position = 0;
                for (var r = start; r < start + count; r++)
                {
                    var row = rows[r];
                    parameters[position++].Value = row.PersistenceId;
                    parameters[position++].Value = row.SequenceNr;
                    parameters[position++].Value = row.Manifest;
                    parameters[position++].Value = row.Payload;
                    parameters[position++].Value = row.Tags;
                    parameters[position++].Value = row.WriterId;
                    parameters[position++].Value = row.Created;
                }

                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    highest = Math.Max(highest, reader.GetInt64(0));
                }
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        await transaction.CommitAsync();
        Interlocked.Increment(ref _commits);
        JournalCommits.Publish(JournalKey, highest);
    }

    private DbCommand InsertCommand(DbConnection connection, DbTransaction transaction, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Statements.Insert(rows);
        for (var position = 1; position <= rows * JournalStatements.InsertColumns; position++)
        {
            Dialect.AddParameter(command, position, DBNull.Value);
        }

        return command;
    }

    private async Task DisposeQuietlyAsync(DbConnection connection)
    {
        try
        {
            await connection.DisposeAsync();
        }
        catch (Exception e)
        {
            Log.CloseFailed(_log, e, JournalKey);
        }
    }
}

using System.Data;
using System.Data.Common;
using Orchestrator.Actors.Sql.Journal;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>
/// The baseline: plain ADO.NET on the journal's table, with no actors and no journal plugin in the way. It
/// borrows from the plugin only what makes the comparison fair: how a connection is opened (the same
/// durability pragmas), the same statement text and rows per statement. Inserts run one transaction per
/// batch; reads run the replay query in a reader loop and deserialise nothing, or stream many entities'
/// rows with one statement (the physical limit of reading them).
/// </summary>
internal sealed class RawJournal(SqlJournal journal)
{
    private readonly JournalStatements _statements = new(journal.Settings.Table, journal.Dialect.MaxRowsPerInsert);

    /// <summary>Inserts every batch in a transaction of its own; <paramref name="writers"/> connections take batches in order.</summary>
    public async Task InsertAsync(IReadOnlyList<JournalRow[]> batches, int writers, CancellationToken cancellationToken)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(WriteAsync, cancellationToken)));

        async Task WriteAsync()
        {
            await using var connection = await journal.Database.OpenAsync(cancellationToken);
            int index;
            while ((index = Interlocked.Increment(ref next)) < batches.Count)
            {
                await InsertBatchAsync(connection, batches[index], cancellationToken);
            }
        }
    }

    /// <summary>Reads the live events of each entity with the replay query; <paramref name="readers"/> connections take entities in order. Returns the rows read.</summary>
    public async Task<long> ReadAsync(IReadOnlyList<string> persistenceIds, int readers, CancellationToken cancellationToken)
    {
        var next = -1;
        long rows = 0;
        await Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Run(ReadEntitiesAsync, cancellationToken)));
        return rows;

        async Task ReadEntitiesAsync()
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < persistenceIds.Count)
            {
                Interlocked.Add(ref rows, await ReadEntityAsync(persistenceIds[index], cancellationToken));
            }
        }
    }

    private async Task InsertBatchAsync(DbConnection connection, JournalRow[] rows, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        DbCommand? command = null;
        try
        {
            var perStatement = journal.Dialect.MaxRowsPerInsert;
            for (var start = 0; start < rows.Length; start += perStatement)
            {
                var count = Math.Min(perStatement, rows.Length - start);
                if (command?.Parameters.Count != count * JournalStatements.InsertColumns)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = _statements.Insert(count);
                    for (var placeholder = 1; placeholder <= count * JournalStatements.InsertColumns; placeholder++)
                    {
                        journal.Dialect.AddParameter(command, placeholder, DBNull.Value);
                    }
                }

                var position = 0;
                foreach (var row in rows.AsSpan(start, count))
                {
                    command.Parameters[position++].Value = row.PersistenceId;
                    command.Parameters[position++].Value = row.SequenceNr;
                    command.Parameters[position++].Value = row.Manifest;
                    command.Parameters[position++].Value = row.Payload;
                    command.Parameters[position++].Value = row.Tags;
                    command.Parameters[position++].Value = row.WriterId;
                    command.Parameters[position++].Value = row.Created;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The physical limit of reading many entities: every live event except <paramref name="exceptPersistenceId"/>'s
    /// in one statement on one connection, in the order they were stored. Returns the rows read.
    /// </summary>
    public async Task<long> StreamAllAsync(string exceptPersistenceId, CancellationToken cancellationToken)
    {
        await using var connection = await journal.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT sequence_nr, manifest, payload, tags, writer_id, created FROM {journal.Settings.Table} WHERE persistence_id <> $1 AND deleted = FALSE ORDER BY ordering";
        journal.Dialect.AddParameter(command, 1, exceptPersistenceId);
        return await ReadRowsAsync(command, cancellationToken);
    }

    private async Task<long> ReadEntityAsync(string persistenceId, CancellationToken cancellationToken)
    {
        await using var connection = await journal.Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = _statements.Replay;
        journal.Dialect.AddParameter(command, 1, persistenceId);
        journal.Dialect.AddParameter(command, 2, 1L);
        journal.Dialect.AddParameter(command, 3, long.MaxValue);
        journal.Dialect.AddParameter(command, 4, long.MaxValue);
        return await ReadRowsAsync(command, cancellationToken);
    }

    /// <summary>Reads every column of the replay query's shape, deserialising nothing; returns the rows.</summary>
    private static async Task<long> ReadRowsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            _ = reader.GetInt64(0);
            _ = reader.GetString(1);
            _ = reader.GetFieldValue<byte[]>(2);
            _ = reader.GetString(3);
            _ = reader.GetString(4);
            _ = reader.GetInt64(5);
            rows++;
        }

        return rows;
    }
}

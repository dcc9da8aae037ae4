using System.Data;
using System.Data.Common;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Serialization;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// Recovery reads through the replay loops (<see cref="Reads.ReadBatcher{TRead}"/>): the events of many
/// recovering entities and their highest sequence numbers, answered together. On PostgreSQL a batch is one
/// statement (one round trip for many entities); on SQLite, in process, one prepared statement per entity on
/// the loop's connection.
/// </summary>
public abstract partial class SqlJournal
{
    /// <summary>
    /// Replays the entity's live events in [<paramref name="fromSequenceNr"/>, <paramref name="toSequenceNr"/>]
    /// (at most <paramref name="max"/>) and returns its highest sequence number, in one read that shares a
    /// statement with the other entities recovering at the same time. Cancelling stops the wait, not a queued read.
    /// </summary>
    public Task<long> ReplayAndReadHighestAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max, Action<PersistentRepresentation> recoveryCallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        ArgumentNullException.ThrowIfNull(recoveryCallback);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var read = new ReplayRead(persistenceId, fromSequenceNr, toSequenceNr, max, recoveryCallback);
        _replays.Enqueue(read);
        return read.WaitAsync(cancellationToken);
    }

    /// <summary>One statement for the whole batch: each entity's highest sequence number and its events, ordered by read, then sequence number.</summary>
    internal async Task ReplayTogetherAsync(DbConnection connection, IReadOnlyList<ReplayRead> reads)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Statements.ReplayBatch(reads.Count);
        var position = 1;
        for (var i = 0; i < reads.Count; i++)
        {
            Dialect.AddParameter(command, position++, i);
            Dialect.AddParameter(command, position++, reads[i].PersistenceId);
            Dialect.AddParameter(command, position++, reads[i].From);
            Dialect.AddParameter(command, position++, reads[i].To);
        }

        var highest = new long[reads.Count];
        var delivered = new long[reads.Count];
        await using (var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess))
        {
            while (await reader.ReadAsync())
            {
                var index = reader.GetInt32(0);
                var read = reads[index];
                highest[index] = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
                if (!reader.IsDBNull(2) && !read.IsCompleted && delivered[index]++ < read.Max)
                {
                    Deliver(read, reader, 2);
                }
            }
        }

        for (var i = 0; i < reads.Count; i++)
        {
            reads[i].Complete(highest[i]);
        }
    }

    /// <summary>Each read in turn, with two commands prepared once for the batch.</summary>
    internal async Task ReplayEachAsync(DbConnection connection, IReadOnlyList<ReplayRead> reads)
    {
        await using var highestCommand = connection.CreateCommand();
        highestCommand.CommandText = Statements.HighestSequenceNr;
        Dialect.AddParameter(highestCommand, 1, string.Empty);
        await using var replayCommand = connection.CreateCommand();
        replayCommand.CommandText = Statements.Replay;
        for (var position = 1; position <= 4; position++)
        {
            Dialect.AddParameter(replayCommand, position, 0L);
        }

        foreach (var read in reads)
        {
            if (read.IsCompleted)
            {
                continue;
            }

            highestCommand.Parameters[0].Value = read.PersistenceId;
            var highest = ToSequenceNr(await highestCommand.ExecuteScalarAsync());
            var to = Math.Min(read.To, highest);
            if (to > 0 && read.From <= to && read.Max > 0)
            {
                replayCommand.Parameters[0].Value = read.PersistenceId;
                replayCommand.Parameters[1].Value = read.From;
                replayCommand.Parameters[2].Value = to;
                replayCommand.Parameters[3].Value = read.Max;
                await using var reader = await replayCommand.ExecuteReaderAsync(CommandBehavior.SequentialAccess);
                while (!read.IsCompleted && await reader.ReadAsync())
                {
                    Deliver(read, reader, 0);
                }
            }

            read.Complete(highest);
        }
    }

    /// <summary>Hands one row to the read's callback; an event that cannot be deserialised fails the read (and only it).</summary>
    private void Deliver(ReplayRead read, DbDataReader reader, int firstColumn)
    {
        try
        {
            read.Callback(ReadEvent(reader, firstColumn, read.PersistenceId));
        }
        catch (SerializationException e)
        {
            read.Fail(e);
        }
    }

    /// <summary>
    /// The event in the row's columns from <paramref name="first"/>: sequence_nr, manifest, payload, tags,
    /// writer_id, created (the order of <see cref="JournalStatements.Replay"/>), deserialised.
    /// </summary>
    private PersistentRepresentation ReadEvent(DbDataReader reader, int first, string persistenceId)
    {
        var sequenceNr = reader.GetInt64(first);
        var manifest = reader.GetString(first + 1);
        var payload = reader.GetFieldValue<byte[]>(first + 2);
        var tags = reader.GetString(first + 3);
        var writerId = reader.GetString(first + 4);
        var created = reader.GetInt64(first + 5);
        return new PersistentRepresentation(Deserialize(persistenceId, sequenceNr, manifest, payload), persistenceId, sequenceNr, writerId, TagCodec.Decode(tags), created);
    }

    private static long ToSequenceNr(object? value) =>
        value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}

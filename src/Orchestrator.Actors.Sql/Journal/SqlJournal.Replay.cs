using System.Data.Common;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Serialization;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// Recovery reads through the replay loops (<see cref="Reads.ReadBatcher{TRead}"/>): the events of many
/// recovering entities and their highest sequence numbers, answered together by a <see cref="ReplayReader"/>
/// on each loop's connection. On PostgreSQL a batch is one statement (one round trip for many entities); on
/// SQLite, in process, one prepared statement per entity.
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

    /// <summary>Hands one row to the read's callback; an event that cannot be deserialised fails the read (and only it).</summary>
    internal void Deliver(ReplayRead read, DbDataReader reader, int firstColumn)
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

    internal static long ToSequenceNr(object? value) =>
        value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
}

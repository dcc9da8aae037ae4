using System.Data;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Serialization;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>Replay, highest sequence number and deletion: single statements on a pooled connection.</summary>
public abstract partial class SqlJournal
{
    /// <summary>Streams the entity's live events in sequence order from a reader (never a list of all of them).</summary>
    public async Task ReplayMessagesAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max, Action<PersistentRepresentation> recoveryCallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        ArgumentNullException.ThrowIfNull(recoveryCallback);
        if (max <= 0 || toSequenceNr < fromSequenceNr)
        {
            return;
        }

        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Statements.Replay;
        Dialect.AddParameter(command, 1, persistenceId);
        Dialect.AddParameter(command, 2, fromSequenceNr);
        Dialect.AddParameter(command, 3, toSequenceNr);
        Dialect.AddParameter(command, 4, max);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            recoveryCallback(ReadEvent(reader, 0, persistenceId));
        }
    }

    /// <summary>The highest sequence number stored for the entity, deleted events included, or 0.</summary>
    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Statements.HighestSequenceNr;
        Dialect.AddParameter(command, 1, persistenceId);
        return ToSequenceNr(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>Marks the entity's events up to <paramref name="toSequenceNr"/> deleted; the rows stay, so the highest sequence number does too.</summary>
    public async Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Statements.Delete;
        Dialect.AddParameter(command, 1, persistenceId);
        Dialect.AddParameter(command, 2, toSequenceNr);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal object Deserialize(string persistenceId, long sequenceNr, string manifest, byte[] payload)
    {
        try
        {
            return _serialization.Deserialize(manifest, payload);
        }
        catch (SerializationException e)
        {
            throw new SerializationException($"Event {sequenceNr} of '{persistenceId}' cannot be read: {e.Message}", e);
        }
    }
}

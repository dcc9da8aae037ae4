using System.Data;
using System.Data.Common;
using Orchestrator.Actors.Persistence.Snapshot;
using Orchestrator.Actors.Serialization;

namespace Orchestrator.Actors.Sql.Snapshot;

/// <summary>
/// Loading through the load loops (<see cref="Reads.ReadBatcher{TRead}"/>): the snapshots of many
/// recovering entities, answered together; on PostgreSQL with one statement per batch, on SQLite with one
/// prepared statement per entity on the loop's connection.
/// </summary>
public abstract partial class SqlSnapshotStore
{
    /// <summary>The newest snapshot of the entity within the criteria, or null. Cancelling stops the wait, not a queued load.</summary>
    public Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(persistenceId);
        ArgumentNullException.ThrowIfNull(criteria);
        var load = new SnapshotLoad(persistenceId, criteria);
        _loads.Enqueue(load);
        return load.WaitAsync(cancellationToken);
    }

    internal async Task LoadTogetherAsync(DbConnection connection, IReadOnlyList<SnapshotLoad> loads)
    {
        await using var command = Command(connection, _statements.LoadBatch(loads.Count));
        var position = 1;
        for (var i = 0; i < loads.Count; i++)
        {
            Dialect.AddParameter(command, position++, i);
            position = AddCriteria(command, position, loads[i].PersistenceId, loads[i].Criteria);
        }

        await using (var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess))
        {
            while (await reader.ReadAsync())
            {
                var load = loads[reader.GetInt32(0)];
                Select(load, reader, 1);
            }
        }

        foreach (var load in loads)
        {
            load.Complete(null);
        }
    }

    internal async Task LoadEachAsync(DbConnection connection, IReadOnlyList<SnapshotLoad> loads)
    {
        await using var command = Command(connection, _statements.Load);
        foreach (var load in loads)
        {
            if (load.IsCompleted)
            {
                continue;
            }

            command.Parameters.Clear();
            AddCriteria(command, 1, load.PersistenceId, load.Criteria);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess);
            if (await reader.ReadAsync())
            {
                Select(load, reader, 0);
            }

            load.Complete(null);
        }
    }

    /// <summary>
    /// Completes the load with the snapshot in the row's columns from <paramref name="first"/>: sequence_nr,
    /// created, manifest, payload; one that cannot be deserialised fails the load (and only it).
    /// </summary>
    private void Select(SnapshotLoad load, DbDataReader reader, int first)
    {
        var metadata = new SnapshotMetadata(load.PersistenceId, reader.GetInt64(first), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(first + 1)));
        var manifest = reader.GetString(first + 2);
        var payload = reader.GetFieldValue<byte[]>(first + 3);
        try
        {
            load.Complete(new SelectedSnapshot(metadata, _serialization.Deserialize(manifest, payload)));
        }
        catch (SerializationException e)
        {
            load.Fail(new SerializationException($"The snapshot of '{load.PersistenceId}' at {metadata.SequenceNr} cannot be read: {e.Message}", e));
        }
    }
}

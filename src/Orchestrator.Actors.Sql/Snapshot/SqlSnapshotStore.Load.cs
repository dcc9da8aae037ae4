using System.Data.Common;
using Orchestrator.Actors.Persistence.Snapshot;
using Orchestrator.Actors.Serialization;

namespace Orchestrator.Actors.Sql.Snapshot;

/// <summary>
/// Loading through the load loops (<see cref="Reads.ReadBatcher{TRead}"/>): the snapshots of many
/// recovering entities, answered together by a <see cref="SnapshotLoadReader"/> on each loop's connection;
/// on PostgreSQL with one statement per batch, on SQLite with one prepared statement per entity.
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

    /// <summary>
    /// Completes the load with the snapshot in the row's columns from <paramref name="first"/>: sequence_nr,
    /// created, manifest, payload; one that cannot be deserialised fails the load (and only it).
    /// </summary>
    internal void Select(SnapshotLoad load, DbDataReader reader, int first)
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

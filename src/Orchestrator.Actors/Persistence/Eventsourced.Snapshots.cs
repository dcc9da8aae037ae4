using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Persistence;

/// <summary>Saving, loading and deleting snapshots.</summary>
public abstract partial class Eventsourced
{
    /// <summary>
    /// Saves <paramref name="snapshot"/> as the state at <see cref="SnapshotSequenceNr"/>; the next recovery starts from
    /// it and replays only later events. The actor then receives <see cref="SaveSnapshotSuccess"/> or <see cref="SaveSnapshotFailure"/>.
    /// </summary>
    public void SaveSnapshot(object snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        SnapshotStore.Tell(new SnapshotProtocol.SaveSnapshot(new SnapshotMetadata(SnapshotterId, SnapshotSequenceNr, DateTimeOffset.MinValue), snapshot), Self);
    }

    /// <summary>Deletes the snapshot at <paramref name="sequenceNr"/>; the actor then receives <see cref="DeleteSnapshotSuccess"/> or <see cref="DeleteSnapshotFailure"/>.</summary>
    public void DeleteSnapshot(long sequenceNr) =>
        SnapshotStore.Tell(new SnapshotProtocol.DeleteSnapshot(new SnapshotMetadata(SnapshotterId, sequenceNr, DateTimeOffset.MinValue)), Self);

    /// <summary>Deletes every snapshot matching <paramref name="criteria"/>; the actor then receives <see cref="DeleteSnapshotsSuccess"/> or <see cref="DeleteSnapshotsFailure"/>.</summary>
    public void DeleteSnapshots(SnapshotSelectionCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        SnapshotStore.Tell(new SnapshotProtocol.DeleteSnapshots(SnapshotterId, criteria), Self);
    }

    /// <summary>Asks the snapshot store for the newest snapshot of <paramref name="persistenceId"/> matching <paramref name="criteria"/> at or below <paramref name="toSequenceNr"/>.</summary>
    internal void LoadSnapshot(string persistenceId, SnapshotSelectionCriteria criteria, long toSequenceNr) =>
        SnapshotStore.Tell(new SnapshotProtocol.LoadSnapshot(persistenceId, criteria, toSequenceNr), Self);
}

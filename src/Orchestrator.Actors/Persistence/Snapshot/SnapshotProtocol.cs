namespace Orchestrator.Actors.Persistence.Snapshot;

/// <summary>What persistent actors ask their snapshot-store actor, as Akka's <c>SnapshotProtocol</c>. Replies go to the sender.</summary>
internal static class SnapshotProtocol
{
    /// <summary>Loads the newest snapshot matching <paramref name="Criteria"/> at or below <paramref name="ToSequenceNr"/>.</summary>
    public sealed record LoadSnapshot(string PersistenceId, SnapshotSelectionCriteria Criteria, long ToSequenceNr);

    /// <summary>The answer to <see cref="LoadSnapshot"/>: the snapshot, if any, and the replay bound to go on with.</summary>
    public sealed record LoadSnapshotResult(SelectedSnapshot? Snapshot, long ToSequenceNr);

    /// <summary>The load failed.</summary>
    public sealed record LoadSnapshotFailed(Exception Cause);

    /// <summary>Stores a snapshot (its timestamp is set by the store actor); answered with SaveSnapshotSuccess or SaveSnapshotFailure.</summary>
    public sealed record SaveSnapshot(SnapshotMetadata Metadata, object Snapshot);

    /// <summary>Deletes one snapshot; answered with DeleteSnapshotSuccess or DeleteSnapshotFailure.</summary>
    public sealed record DeleteSnapshot(SnapshotMetadata Metadata);

    /// <summary>Deletes the matching snapshots; answered with DeleteSnapshotsSuccess or DeleteSnapshotsFailure.</summary>
    public sealed record DeleteSnapshots(string PersistenceId, SnapshotSelectionCriteria Criteria);
}

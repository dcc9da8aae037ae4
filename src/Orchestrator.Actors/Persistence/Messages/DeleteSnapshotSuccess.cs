using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Persistence;

/// <summary>The reply to <see cref="Eventsourced.DeleteSnapshot"/>: the snapshot is gone.</summary>
public sealed record DeleteSnapshotSuccess(SnapshotMetadata Metadata);

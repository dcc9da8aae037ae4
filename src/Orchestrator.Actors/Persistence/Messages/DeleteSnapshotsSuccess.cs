using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Persistence;

/// <summary>The reply to <see cref="Eventsourced.DeleteSnapshots"/>: every matching snapshot is gone.</summary>
public sealed record DeleteSnapshotsSuccess(SnapshotSelectionCriteria Criteria);

using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Persistence;

/// <summary>The reply to <see cref="Eventsourced.DeleteSnapshots"/>: the delete failed. Logged as a warning when unhandled.</summary>
public sealed record DeleteSnapshotsFailure(SnapshotSelectionCriteria Criteria, Exception Cause);

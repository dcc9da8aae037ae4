using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Persistence;

/// <summary>The reply to <see cref="Eventsourced.DeleteSnapshot"/>: the delete failed. Logged as a warning when unhandled.</summary>
public sealed record DeleteSnapshotFailure(SnapshotMetadata Metadata, Exception Cause);

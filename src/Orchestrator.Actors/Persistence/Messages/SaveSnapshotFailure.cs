using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Persistence;

/// <summary>The reply to <see cref="Eventsourced.SaveSnapshot"/>: the snapshot could not be stored. Logged as a warning when unhandled.</summary>
public sealed record SaveSnapshotFailure(SnapshotMetadata Metadata, Exception Cause);

using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Persistence;

/// <summary>The reply to <see cref="Eventsourced.SaveSnapshot"/>: the snapshot is stored.</summary>
public sealed record SaveSnapshotSuccess(SnapshotMetadata Metadata);

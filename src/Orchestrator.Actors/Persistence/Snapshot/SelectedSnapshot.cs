namespace Orchestrator.Actors.Persistence.Snapshot;

/// <summary>A snapshot found by a load.</summary>
public sealed record SelectedSnapshot(SnapshotMetadata Metadata, object Snapshot);

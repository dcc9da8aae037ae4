namespace Orchestrator.Actors.Persistence.Snapshot;

/// <summary>Which entity a snapshot is of, at which sequence number, taken when.</summary>
public sealed record SnapshotMetadata(string PersistenceId, long SequenceNr, DateTimeOffset Timestamp);

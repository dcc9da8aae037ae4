namespace Orchestrator.Actors.Persistence.Snapshot;

/// <summary>Bounds on the snapshots a load or delete considers; all bounds are inclusive.</summary>
public sealed record SnapshotSelectionCriteria(long MaxSequenceNr, DateTimeOffset MaxTimestamp, long MinSequenceNr = 0, DateTimeOffset? MinTimestamp = null)
{
    /// <summary>The newest snapshot, whatever its sequence number.</summary>
    public static SnapshotSelectionCriteria Latest { get; } = new(long.MaxValue, DateTimeOffset.MaxValue);

    /// <summary>No snapshot at all (recovery replays every event).</summary>
    public static SnapshotSelectionCriteria None { get; } = new(0, DateTimeOffset.MinValue);

    /// <summary>True when <paramref name="metadata"/> falls within the bounds.</summary>
    public bool Matches(SnapshotMetadata metadata) =>
        metadata.SequenceNr <= MaxSequenceNr && metadata.Timestamp <= MaxTimestamp &&
        metadata.SequenceNr >= MinSequenceNr && metadata.Timestamp >= (MinTimestamp ?? DateTimeOffset.MinValue);
}

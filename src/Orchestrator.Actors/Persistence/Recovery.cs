using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Persistence;

/// <summary>
/// How a persistent actor recovers its state (override <see cref="Eventsourced.Recovery"/>): which
/// snapshot to start from, the last event to replay, and at most how many events to replay. Whatever
/// is replayed, <see cref="Eventsourced.LastSequenceNr"/> ends at the highest stored sequence number,
/// so new events never reuse a number.
/// </summary>
/// <param name="FromSnapshot">The snapshots to consider (the newest match is offered); <see cref="SnapshotSelectionCriteria.None"/> for none.</param>
/// <param name="ToSequenceNr">The last event to replay (inclusive).</param>
/// <param name="ReplayMax">At most this many events are replayed.</param>
public sealed record Recovery(SnapshotSelectionCriteria FromSnapshot, long ToSequenceNr = long.MaxValue, long ReplayMax = long.MaxValue)
{
    /// <summary>From the newest snapshot, then every event after it.</summary>
    public static Recovery Default { get; } = new(SnapshotSelectionCriteria.Latest);

    /// <summary>No snapshot and no events: the actor starts empty, with the sequence number where its history ends.</summary>
    public static Recovery None { get; } = new(SnapshotSelectionCriteria.None, 0);
}

using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>The commands of the list and what it reports.</summary>
public sealed partial class ListActor
{
    /// <summary>Persist one event.</summary>
    public sealed record Add(string Value);

    /// <summary>Persist events atomically.</summary>
    public sealed record AddAll(params string[] Values);

    /// <summary>Persist one event without stashing commands.</summary>
    public sealed record AddAsync(string Value);

    /// <summary>An async command handler: persist one event once <paramref name="Gate"/> completes.</summary>
    public sealed record AddAfter(string Value, Task Gate);

    /// <summary>Persist one event with tags.</summary>
    public sealed record AddTagged(string Value, params string[] Tags);

    /// <summary>DeferAsync a marker behind the pending handlers.</summary>
    public sealed record DeferAsyncMarker(string Marker);

    /// <summary>Defer a marker (stashing) behind the pending handlers.</summary>
    public sealed record DeferMarker(string Marker);

    /// <summary>Ask for <see cref="State"/>.</summary>
    public sealed record Get;

    /// <summary>Save the state as a snapshot.</summary>
    public sealed record Snap;

    /// <summary>Delete the events up to a sequence number.</summary>
    public sealed record DeleteEvents(long ToSequenceNr);

    /// <summary>Delete the snapshot at a sequence number.</summary>
    public sealed record DeleteSnap(long SequenceNr);

    /// <summary>Delete the snapshots that match.</summary>
    public sealed record DeleteSnaps(SnapshotSelectionCriteria Criteria);

    /// <summary>Throw from the command handler.</summary>
    public sealed record Crash;

    /// <summary>A persist handler ran for <paramref name="Value"/>, at <paramref name="SequenceNr"/>.</summary>
    public sealed record Added(string Value, long SequenceNr);

    /// <summary>The handler of a tagged persist ran and received <paramref name="Tagged"/>.</summary>
    public sealed record HandledTagged(Tagged Tagged, long SequenceNr);

    /// <summary>A deferred handler ran.</summary>
    public sealed record Deferred(string Marker);

    /// <summary>The state and the last sequence number.</summary>
    public sealed record State(string[] Items, long LastSequenceNr);

    /// <summary>Recovery completed: the state, the events replayed, the snapshot offered (its sequence number) and the last sequence number.</summary>
    public sealed record Recovered(string PersistenceId, string[] Items, string[] Replayed, long? SnapshotSequenceNr, long LastSequenceNr);

    /// <summary>OnPersistFailure ran.</summary>
    public sealed record PersistFailed(Exception Cause, object Event, long SequenceNr);

    /// <summary>OnPersistRejected ran.</summary>
    public sealed record PersistRejected(Exception Cause, object Event, long SequenceNr);

    /// <summary>OnRecoveryFailure ran.</summary>
    public sealed record RecoveryFailed(Exception Cause, object? Event);
}

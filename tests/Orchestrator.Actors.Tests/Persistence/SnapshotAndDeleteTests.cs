using Orchestrator.Actors.Persistence;
using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>SaveSnapshot, DeleteSnapshot(s) and DeleteMessages, and what recovery sees afterwards.</summary>
public sealed class SnapshotAndDeleteTests : PersistenceTestKit
{
    public SnapshotAndDeleteTests()
        : base(useVirtualTime: true)
    {
    }

    [Fact]
    public void A_saved_snapshot_is_stored_at_the_last_sequence_number_with_the_systems_time()
    {
        var (actor, _) = StartRecoveredList("saved");
        AddAll(actor, "a", "b");
        VirtualTime.Advance(TimeSpan.FromMinutes(5));

        actor.Tell(new ListActor.Snap(), TestActor);

        var metadata = ExpectMsg<SaveSnapshotSuccess>().Metadata;
        Assert.Equal(("saved", 2L), (metadata.PersistenceId, metadata.SequenceNr));
        Assert.Equal(VirtualTime.GetUtcNow(), metadata.Timestamp);
    }

    [Fact]
    public void Deleting_messages_hides_them_from_replay_but_keeps_the_last_sequence_number()
    {
        var (actor, _) = StartRecoveredList("deleted");
        AddAll(actor, "a", "b", "c");

        actor.Tell(new ListActor.DeleteEvents(2), TestActor);

        Assert.Equal(2, ExpectMsg<DeleteMessagesSuccess>().ToSequenceNr);
        actor.Tell(new ListActor.Get(), TestActor);
        Assert.Equal(3, ExpectMsg<ListActor.State>().LastSequenceNr);
        StopAndWait(actor);
        var (restarted, recovered) = StartRecoveredList("deleted");
        Assert.Equal(["c"], recovered.Items);
        Assert.Equal(3, recovered.LastSequenceNr);
        restarted.Tell(new ListActor.Add("d"), TestActor);
        ExpectMsg(new ListActor.Added("d", 4));
    }

    [Fact]
    public void Deleting_every_message_still_continues_the_sequence_after_a_restart()
    {
        var (actor, _) = StartRecoveredList("all-deleted");
        AddAll(actor, "a", "b");
        actor.Tell(new ListActor.DeleteEvents(long.MaxValue), TestActor);
        ExpectMsg<DeleteMessagesSuccess>();
        StopAndWait(actor);

        var (restarted, recovered) = StartRecoveredList("all-deleted");
        restarted.Tell(new ListActor.Add("c"), TestActor);

        Assert.Empty(recovered.Items);
        Assert.Equal(2, recovered.LastSequenceNr);
        ExpectMsg(new ListActor.Added("c", 3));
        Assert.Equal(["c"], StoredPayloads("all-deleted"));
    }

    [Fact]
    public void Deleting_snapshots_makes_recovery_replay_the_events_instead()
    {
        var (actor, _) = StartRecoveredList("snapshots-deleted");
        AddAll(actor, "a");
        actor.Tell(new ListActor.Snap(), TestActor);
        ExpectMsg<SaveSnapshotSuccess>();
        AddAll(actor, "b");
        actor.Tell(new ListActor.Snap(), TestActor);
        ExpectMsg<SaveSnapshotSuccess>();

        actor.Tell(new ListActor.DeleteSnaps(SnapshotSelectionCriteria.Latest), TestActor);

        ExpectMsg<DeleteSnapshotsSuccess>();
        StopAndWait(actor);
        var (_, recovered) = StartRecoveredList("snapshots-deleted");
        Assert.Null(recovered.SnapshotSequenceNr);
        Assert.Equal(["a", "b"], recovered.Replayed);
    }

    [Fact]
    public void Deleting_one_snapshot_makes_recovery_start_from_the_one_before()
    {
        var (actor, _) = StartRecoveredList("snapshot-deleted");
        AddAll(actor, "a");
        actor.Tell(new ListActor.Snap(), TestActor);
        ExpectMsg<SaveSnapshotSuccess>();
        AddAll(actor, "b");
        actor.Tell(new ListActor.Snap(), TestActor);
        ExpectMsg<SaveSnapshotSuccess>();

        actor.Tell(new ListActor.DeleteSnap(2), TestActor);

        Assert.Equal(2, ExpectMsg<DeleteSnapshotSuccess>().Metadata.SequenceNr);
        StopAndWait(actor);
        var (_, recovered) = StartRecoveredList("snapshot-deleted");
        Assert.Equal(1, recovered.SnapshotSequenceNr);
        Assert.Equal(["b"], recovered.Replayed);
        Assert.Equal(["a", "b"], recovered.Items);
    }

    [Fact]
    public void Recovery_from_an_older_snapshot_follows_the_selection_criteria()
    {
        var (actor, _) = StartRecoveredList("criteria");
        foreach (var value in new[] { "a", "b" })
        {
            AddAll(actor, value);
            actor.Tell(new ListActor.Snap(), TestActor);
            ExpectMsg<SaveSnapshotSuccess>();
        }

        StopAndWait(actor);

        var (_, recovered) = StartRecoveredList("criteria", new Recovery(SnapshotSelectionCriteria.Latest with { MaxSequenceNr = 1 }));
        Assert.Equal(1, recovered.SnapshotSequenceNr);
        Assert.Equal(["b"], recovered.Replayed);
    }
}

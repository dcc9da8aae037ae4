using Orchestrator.Actors.Persistence;
using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>Recovery of <see cref="Eventsourced"/> actors: replay, snapshots, recovery settings, failures.</summary>
public sealed class RecoveryTests : PersistenceTestKit
{
    [Fact]
    public void A_new_entity_recovers_empty_at_sequence_number_zero()
    {
        var (_, recovered) = StartRecoveredList("empty");

        Assert.Empty(recovered.Items);
        Assert.Equal(0, recovered.LastSequenceNr);
    }

    [Fact]
    public void State_is_back_after_the_actor_is_stopped_and_started_again()
    {
        var (first, _) = StartRecoveredList("list-1");
        AddAll(first, "a", "b", "c");
        StopAndWait(first);

        var (_, recovered) = StartRecoveredList("list-1");

        Assert.Equal(["a", "b", "c"], recovered.Items);
        Assert.Equal(3, recovered.LastSequenceNr);
    }

    [Fact]
    public void Recovery_completed_is_delivered_once_after_the_replayed_events()
    {
        var (first, _) = StartRecoveredList("once");
        AddAll(first, "a", "b");
        StopAndWait(first);

        var (second, recovered) = StartRecoveredList("once");
        second.Tell(new ListActor.Add("c"), TestActor);

        Assert.Equal(["a", "b"], recovered.Replayed);
        ExpectMsg<ListActor.Added>(added => Assert.Equal("c", added.Value));
        ExpectNoMsg(Negative);
    }

    [Fact]
    public void The_newest_snapshot_is_offered_and_only_later_events_are_replayed()
    {
        var (first, _) = StartRecoveredList("snap");
        AddAll(first, "a", "b");
        first.Tell(new ListActor.Snap(), TestActor);
        ExpectMsg<SaveSnapshotSuccess>(success => Assert.Equal(2, success.Metadata.SequenceNr));
        AddAll(first, "c");
        StopAndWait(first);

        var (_, recovered) = StartRecoveredList("snap");

        Assert.Equal(2, recovered.SnapshotSequenceNr);
        Assert.Equal(["c"], recovered.Replayed);
        Assert.Equal(["a", "b", "c"], recovered.Items);
        Assert.Equal(3, recovered.LastSequenceNr);
    }

    [Fact]
    public void Recovery_up_to_a_sequence_number_replays_up_to_it_and_new_events_continue_after_the_highest()
    {
        var (first, _) = StartRecoveredList("to-seq");
        AddAll(first, "a", "b", "c");
        StopAndWait(first);

        var (second, recovered) = StartRecoveredList("to-seq", new Recovery(SnapshotSelectionCriteria.Latest, ToSequenceNr: 2));
        second.Tell(new ListActor.Add("d"), TestActor);

        Assert.Equal(["a", "b"], recovered.Items);
        Assert.Equal(3, recovered.LastSequenceNr);
        Assert.Equal(4, ExpectMsg<ListActor.Added>().SequenceNr);
    }

    [Fact]
    public void Replay_max_limits_the_number_of_replayed_events()
    {
        var (first, _) = StartRecoveredList("max");
        AddAll(first, "a", "b", "c");
        StopAndWait(first);

        var (_, recovered) = StartRecoveredList("max", new Recovery(SnapshotSelectionCriteria.Latest, ReplayMax: 2));

        Assert.Equal(["a", "b"], recovered.Items);
        Assert.Equal(3, recovered.LastSequenceNr);
    }

    [Fact]
    public void Recovery_none_replays_nothing_but_keeps_the_sequence_going()
    {
        var (first, _) = StartRecoveredList("none");
        AddAll(first, "a", "b");
        first.Tell(new ListActor.Snap(), TestActor);
        ExpectMsg<SaveSnapshotSuccess>();
        StopAndWait(first);

        var (second, recovered) = StartRecoveredList("none", Recovery.None);
        second.Tell(new ListActor.Add("c"), TestActor);

        Assert.Empty(recovered.Items);
        Assert.Null(recovered.SnapshotSequenceNr);
        Assert.Equal(2, recovered.LastSequenceNr);
        Assert.Equal(3, ExpectMsg<ListActor.Added>().SequenceNr);
    }

    [Fact]
    public void Commands_sent_during_recovery_are_processed_after_it_in_order()
    {
        var (first, _) = StartRecoveredList("stash-recovery");
        AddAll(first, "a");
        StopAndWait(first);
        var replay = new TaskCompletionSource();
        Journal.ReadInterceptor = _ => replay.Task;

        var second = StartList("stash-recovery");
        second.Tell(new ListActor.Add("b"), TestActor);
        second.Tell(new ListActor.Get(), TestActor);
        ExpectNoMsg(Negative);
        replay.SetResult();

        Assert.Equal(["a"], ExpectMsg<ListActor.Recovered>().Items);
        Assert.Equal(2, ExpectMsg<ListActor.Added>().SequenceNr);
        Assert.Equal(["a", "b"], ExpectMsg<ListActor.State>().Items);
    }

    [Fact]
    public void A_recover_handler_that_throws_fails_recovery_and_stops_the_actor()
    {
        var (first, _) = StartRecoveredList("poisoned");
        AddAll(first, "a", ListActor.PoisonEvent);
        StopAndWait(first);

        var second = Watch(StartList("poisoned"));

        Assert.Equal(ListActor.PoisonEvent, ExpectMsg<ListActor.RecoveryFailed>().Event);
        ExpectTerminated(second);
    }

    [Fact]
    public void A_journal_that_fails_the_replay_fails_recovery_and_stops_the_actor()
    {
        Journal.ReadInterceptor = _ => throw new IOException("journal down");

        var actor = Watch(StartList("unreadable"));

        var failed = ExpectMsg<ListActor.RecoveryFailed>();
        Assert.IsType<IOException>(failed.Cause);
        Assert.Null(failed.Event);
        ExpectTerminated(actor);
    }

    [Fact]
    public void The_default_recovery_failure_handler_logs_an_error()
    {
        Journal.ReadInterceptor = _ => throw new IOException("journal down");

        EventFilter.Error(contains: "[logged-failure]").ExpectOne(() => StartList("logged-failure"));
    }

    [Fact]
    public void Persisting_before_recovery_has_completed_is_refused()
    {
        var actor = Watch(Sys.ActorOf(Props.Create(() => new PersistOnReplayActor(TestActor))));

        Assert.IsType<InvalidOperationException>(ExpectMsg<Exception>());
        ExpectTerminated(actor);
    }

    /// <summary>Tries to persist at the end of replay, before RecoveryCompleted, which Akka forbids; reports the exception and stops.</summary>
    private sealed class PersistOnReplayActor : ReceivePersistentActor
    {
        private readonly IActorRef _reportTo;

        public PersistOnReplayActor(IActorRef reportTo)
        {
            _reportTo = reportTo;
            Command<string>(_ => { });
        }

        public override string PersistenceId => "persist-on-replay";

        protected override void OnReplaySuccess()
        {
            try
            {
                Persist("too early", _ => { });
            }
            catch (InvalidOperationException e)
            {
                _reportTo.Tell(e, Self);
                Context.Stop(Self);
            }
        }
    }
}

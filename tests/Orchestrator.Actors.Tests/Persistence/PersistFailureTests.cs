using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>What a persistent actor does when the journal fails or rejects its writes, or another incarnation wrote first.</summary>
public sealed class PersistFailureTests : PersistenceTestKit
{
    [Fact]
    public void A_failed_write_calls_on_persist_failure_and_stops_the_actor()
    {
        var (actor, _) = StartRecoveredList("failing");
        Watch(actor);
        Journal.WriteInterceptor = _ => throw new IOException("disk on fire");

        actor.Tell(new ListActor.Add("a"), TestActor);

        var failed = ExpectMsg<ListActor.PersistFailed>();
        Assert.IsType<IOException>(failed.Cause);
        Assert.Equal(((object)"a", 1L), (failed.Event, failed.SequenceNr));
        ExpectTerminated(actor);
        Assert.Empty(StoredPayloads("failing"));
    }

    [Fact]
    public void The_default_persist_failure_handler_logs_an_error()
    {
        var (actor, _) = StartRecoveredList("failing-logged");
        Journal.WriteInterceptor = _ => throw new IOException("disk on fire");

        EventFilter.Error(start: "Failed to persist event type [System.String] with sequence number [1]").ExpectOne(() => actor.Tell(new ListActor.Add("a"), TestActor));
    }

    [Fact]
    public void After_a_failed_write_the_later_pending_events_are_not_written_and_their_handlers_never_run()
    {
        var (actor, _) = StartRecoveredList("failing-batch");
        Watch(actor);
        var first = new TaskCompletionSource<WriteResult?>();
        Journal.WriteInterceptor = write => write.LowestSequenceNr switch
        {
            1 => first.Task,
            2 => Task.FromResult<WriteResult?>(WriteResult.Failed(new IOException("lost"))),
            _ => Task.FromResult<WriteResult?>(null),
        };

        // "a" goes alone; "b" and "c" wait for it and then go together in the next batch.
        actor.Tell(new ListActor.AddAsync("a"), TestActor);
        actor.Tell(new ListActor.AddAsync("b"), TestActor);
        actor.Tell(new ListActor.AddAsync("c"), TestActor);
        actor.Tell(new ListActor.DeferAsyncMarker("after"), TestActor);
        ExpectNoMsg(Negative);
        first.SetResult(null);

        ExpectMsg(new ListActor.Added("a", 1));
        var failed = ExpectMsg<ListActor.PersistFailed>();
        Assert.Equal(((object)"b", 2L), (failed.Event, failed.SequenceNr));
        ExpectTerminated(actor);
        Assert.Equal(["a"], StoredPayloads("failing-batch"));
    }

    [Fact]
    public void A_rejected_write_skips_its_handler_and_the_actor_goes_on()
    {
        var (actor, _) = StartRecoveredList("rejecting");
        Journal.WriteInterceptor = write => Task.FromResult(
            write.Events[0].Payload is "bad" ? WriteResult.Rejected(new FormatException("cannot serialise")) : null);

        actor.Tell(new ListActor.Add("bad"), TestActor);
        var rejected = ExpectMsg<ListActor.PersistRejected>();
        actor.Tell(new ListActor.Add("good"), TestActor);

        Assert.IsType<FormatException>(rejected.Cause);
        Assert.Equal(((object)"bad", 1L), (rejected.Event, rejected.SequenceNr));
        ExpectMsg(new ListActor.Added("good", 2));
        Assert.Equal(["good"], StoredPayloads("rejecting"));
    }

    [Fact]
    public void The_default_persist_rejected_handler_logs_a_warning()
    {
        var (actor, _) = StartRecoveredList("rejecting-logged");
        Journal.WriteInterceptor = _ => Task.FromResult<WriteResult?>(WriteResult.Rejected(new FormatException("cannot serialise")));

        EventFilter.Warning(contains: "due to [cannot serialise]").ExpectOne(() => actor.Tell(new ListActor.Add("a"), TestActor));
    }

    [Fact]
    public void A_second_incarnation_whose_write_collides_fails_and_the_stored_events_stay_the_firsts()
    {
        var (first, _) = StartRecoveredList("twins");
        AddAll(first, "a");
        var (second, recovered) = StartRecoveredList("twins");
        Assert.Equal(1, recovered.LastSequenceNr);
        Watch(second);
        AddAll(first, "first-2");

        second.Tell(new ListActor.Add("second-2"), TestActor);

        var failed = ExpectMsg<ListActor.PersistFailed>();
        var duplicate = Assert.IsType<DuplicateSequenceNrException>(failed.Cause);
        Assert.Equal(((string?)"twins", 2L), (duplicate.PersistenceId, duplicate.SequenceNr));
        ExpectTerminated(second);
        Assert.Equal(["a", "first-2"], StoredPayloads("twins"));
        Assert.Single(Journal.CurrentEvents("twins").Select(e => e.WriterId).Distinct());
    }

    [Fact]
    public void A_collision_inside_an_atomic_write_stores_none_of_its_events()
    {
        var (first, _) = StartRecoveredList("atomic");
        var (second, _) = StartRecoveredList("atomic");
        Watch(second);
        AddAll(first, "a", "b");

        second.Tell(new ListActor.AddAll("x", "y", "z"), TestActor);

        ExpectMsg<ListActor.PersistFailed>(failed => Assert.IsType<DuplicateSequenceNrException>(failed.Cause));
        ExpectTerminated(second);
        Assert.Equal(["a", "b"], StoredPayloads("atomic"));
    }
}

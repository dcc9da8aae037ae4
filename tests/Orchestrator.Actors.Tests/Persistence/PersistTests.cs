using Orchestrator.Actors.Persistence;
using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>Persist, PersistAll, PersistAsync, Defer and DeferAsync: ordering, stashing, senders and tags.</summary>
public sealed class PersistTests : PersistenceTestKit
{
    [Fact]
    public void The_handler_runs_once_the_event_is_stored_with_the_commands_sender()
    {
        var (actor, _) = StartRecoveredList("sender");
        var client = CreateTestProbe("client");

        client.Send(actor, new ListActor.Add("a"));

        var added = client.ExpectMsg<ListActor.Added>();
        Assert.Equal(new ListActor.Added("a", 1), added);
        Assert.Equal(["a"], StoredPayloads("sender"));
    }

    [Fact]
    public void Persist_all_stores_the_events_in_one_atomic_write_and_runs_the_handlers_in_order()
    {
        var writes = new List<AtomicWrite>();
        Journal.WriteInterceptor = write =>
        {
            lock (writes)
            {
                writes.Add(write);
            }

            return Task.FromResult<WriteResult?>(null);
        };
        var (actor, _) = StartRecoveredList("all");

        actor.Tell(new ListActor.AddAll("a", "b", "c"), TestActor);

        Assert.Equal(new object[] { new ListActor.Added("a", 1), new ListActor.Added("b", 2), new ListActor.Added("c", 3) }, ReceiveN(3));
        var write = Assert.Single(writes);
        Assert.Equal([1L, 2L, 3L], write.Events.Select(e => e.SequenceNr));
        Assert.Equal(["a", "b", "c"], StoredPayloads("all"));
    }

    [Fact]
    public void Commands_wait_until_the_persist_handler_has_run()
    {
        var (actor, _) = StartRecoveredList("stash");
        var write = new TaskCompletionSource<WriteResult?>();
        Journal.WriteInterceptor = _ => write.Task;

        actor.Tell(new ListActor.Add("a"), TestActor);
        actor.Tell(new ListActor.Get(), TestActor);
        ExpectNoMsg(Negative);
        write.SetResult(null);

        ExpectMsg(new ListActor.Added("a", 1));
        Assert.Equal(["a"], ExpectMsg<ListActor.State>().Items);
    }

    [Fact]
    public void Persist_async_does_not_stash_commands()
    {
        var (actor, _) = StartRecoveredList("async");
        var write = new TaskCompletionSource<WriteResult?>();
        Journal.WriteInterceptor = _ => write.Task;

        actor.Tell(new ListActor.AddAsync("a"), TestActor);
        actor.Tell(new ListActor.Get(), TestActor);

        ExpectMsg<ListActor.State>(state => Assert.Empty(state.Items));
        write.SetResult(null);
        ExpectMsg(new ListActor.Added("a", 1));
    }

    [Fact]
    public void Handlers_of_persist_async_run_in_the_order_the_events_were_persisted()
    {
        var (actor, _) = StartRecoveredList("async-order");

        foreach (var value in new[] { "a", "b", "c", "d" })
        {
            actor.Tell(new ListActor.AddAsync(value), TestActor);
        }

        Assert.Equal(
            new object[] { new ListActor.Added("a", 1), new ListActor.Added("b", 2), new ListActor.Added("c", 3), new ListActor.Added("d", 4) },
            ReceiveN(4));
        Assert.Equal(["a", "b", "c", "d"], StoredPayloads("async-order"));
    }

    [Fact]
    public void Defer_async_runs_after_the_handlers_of_earlier_persists_and_before_later_ones()
    {
        var (actor, _) = StartRecoveredList("defer-async");
        var write = new TaskCompletionSource<WriteResult?>();
        Journal.WriteInterceptor = _ => write.Task;

        actor.Tell(new ListActor.AddAsync("a"), TestActor);
        actor.Tell(new ListActor.DeferAsyncMarker("x"), TestActor);
        actor.Tell(new ListActor.AddAsync("b"), TestActor);
        actor.Tell(new ListActor.Get(), TestActor);
        ExpectMsg<ListActor.State>(state => Assert.Empty(state.Items));
        write.SetResult(null);

        Assert.Equal(new object[] { new ListActor.Added("a", 1), new ListActor.Deferred("x"), new ListActor.Added("b", 2) }, ReceiveN(3));
    }

    [Fact]
    public void Defer_async_with_nothing_pending_runs_at_once()
    {
        var (actor, _) = StartRecoveredList("defer-now");
        Journal.WriteInterceptor = _ => new TaskCompletionSource<WriteResult?>().Task;

        actor.Tell(new ListActor.DeferAsyncMarker("x"), TestActor);

        ExpectMsg(new ListActor.Deferred("x"));
    }

    [Fact]
    public void Defer_stashes_commands_until_its_handler_has_run()
    {
        var (actor, _) = StartRecoveredList("defer");
        var write = new TaskCompletionSource<WriteResult?>();
        Journal.WriteInterceptor = _ => write.Task;

        actor.Tell(new ListActor.AddAsync("a"), TestActor);
        actor.Tell(new ListActor.DeferMarker("x"), TestActor);
        actor.Tell(new ListActor.Get(), TestActor);
        ExpectNoMsg(Negative);
        write.SetResult(null);

        Assert.Equal(new object[] { new ListActor.Added("a", 1), new ListActor.Deferred("x") }, ReceiveN(2));
        Assert.Equal(["a"], ExpectMsg<ListActor.State>().Items);
    }

    [Fact]
    public void A_tagged_event_is_stored_with_its_tags_the_handler_gets_the_wrapper_and_replay_the_payload()
    {
        var (actor, _) = StartRecoveredList("tagged");

        actor.Tell(new ListActor.AddTagged("a", "blue", "green"), TestActor);

        var handled = ExpectMsg<ListActor.HandledTagged>();
        Assert.Equal("a", handled.Tagged.Payload);
        var stored = Assert.Single(Journal.CurrentEvents("tagged"));
        Assert.Equal("a", stored.Payload);
        Assert.Equal(["blue", "green"], stored.Tags.Order());
        StopAndWait(actor);
        Assert.Equal(["a"], StartRecoveredList("tagged").Recovered.Replayed);
    }

    [Fact]
    public void Events_carry_the_writer_id_of_their_incarnation_and_a_timestamp()
    {
        var (first, _) = StartRecoveredList("writer");
        AddAll(first, "a");
        StopAndWait(first);
        var (second, _) = StartRecoveredList("writer");
        AddAll(second, "b");

        var events = Journal.CurrentEvents("writer");

        Assert.NotEqual(events[0].WriterId, events[1].WriterId);
        Assert.All(events, e => Assert.True(e.Timestamp > 0));
    }

    [Fact]
    public void A_command_that_throws_restarts_the_actor_which_recovers_what_was_persisted()
    {
        var (actor, _) = StartRecoveredList("crash");
        AddAll(actor, "a");

        actor.Tell(new ListActor.Crash(), TestActor);

        Assert.Equal(["a"], ExpectMsg<ListActor.Recovered>().Items);
        actor.Tell(new ListActor.Add("b"), TestActor);
        ExpectMsg(new ListActor.Added("b", 2));
    }

    [Fact]
    public void An_async_command_handler_holds_later_commands_until_it_and_its_persist_handler_are_done()
    {
        var (actor, _) = StartRecoveredList("command-async");
        var gate = new TaskCompletionSource();

        actor.Tell(new ListActor.AddAfter("a", gate.Task), TestActor);
        actor.Tell(new ListActor.Get(), TestActor);
        ExpectNoMsg(Negative);
        gate.SetResult();

        ExpectMsg(new ListActor.Added("a", 1));
        Assert.Equal(["a"], ExpectMsg<ListActor.State>().Items);
    }
}

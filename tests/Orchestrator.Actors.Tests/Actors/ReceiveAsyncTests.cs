namespace Orchestrator.Actors.Tests.Actors;

public sealed class ReceiveAsyncTests : ActorSpec
{
    [Fact]
    public void No_other_message_is_processed_while_an_async_handler_awaits()
    {
        var actor = AsyncActor();
        var gate = NewGate();
        actor.Tell(new AwaitThenReply(gate.Task, "async done"), TestActor);
        actor.Tell("sync", TestActor);

        ExpectNoMsg(TimeSpan.FromMilliseconds(300));
        gate.SetResult();

        ExpectMsg("async done");
        ExpectMsg("sync");
    }

    [Fact]
    public void Sender_Self_and_Context_are_those_of_the_message_after_each_await()
    {
        var actor = AsyncActor();
        var gate = NewGate();
        actor.Tell(new AwaitThenDescribe(gate.Task), TestActor);
        var other = CreateTestProbe("other");
        actor.Tell("sync", other.Ref);

        gate.SetResult();

        var after = ExpectMsg<Description>();
        Assert.Equal(TestActor, after.Sender);
        Assert.Equal(actor, after.Self);
        Assert.Equal(actor, after.ContextSelf);
        Assert.Equal(TestActor, after.ContextSender);
        other.ExpectMsg("sync");
    }

    [Fact]
    public void An_exception_after_an_await_is_a_failure_the_supervisor_handles()
    {
        var parent = Spawn.Supervisor(Sys, Deciders.OneForOne(TestActor, Directive.Restart));
        var actor = Spawn.ChildOf(this, parent, Props.Create(() => new AsyncActorImpl()), "async");
        var gate = NewGate();
        actor.Tell(new AwaitThenThrow(gate.Task, "after await"), TestActor);
        actor.Tell("generation", TestActor);

        gate.SetResult();

        Assert.Equal("after await", ExpectMsg<InvalidOperationException>().Message);
        ExpectMsg("restarted");
    }

    [Fact]
    public void An_exception_before_the_first_await_is_a_failure_too()
    {
        var parent = Spawn.Supervisor(Sys, Deciders.OneForOne(TestActor, Directive.Resume));
        var actor = Spawn.ChildOf(this, parent, Props.Create(() => new AsyncActorImpl()), "async");

        actor.Tell(new AwaitThenThrow(null, "before await"), TestActor);
        actor.Tell("sync", TestActor);

        Assert.Equal("before await", ExpectMsg<InvalidOperationException>().Message);
        ExpectMsg("sync");
    }

    [Fact]
    public void Async_handlers_run_one_after_another_in_mailbox_order()
    {
        var actor = AsyncActor();
        for (var i = 0; i < 20; i++)
        {
            actor.Tell(new YieldThenReply(i), TestActor);
        }

        for (var i = 0; i < 20; i++)
        {
            ExpectMsg(i);
        }
    }

    [Fact]
    public void Become_after_an_await_applies_from_the_next_message()
    {
        var actor = AsyncActor();
        var gate = NewGate();
        actor.Tell(new AwaitThenBecome(gate.Task), TestActor);
        actor.Tell("after", TestActor);

        gate.SetResult();

        ExpectMsg("became: after");
    }

    [Fact]
    public void An_actor_stopped_while_awaiting_never_resumes_the_handler()
    {
        var actor = AsyncActor();
        var gate = NewGate();
        actor.Tell(new AwaitThenReply(gate.Task, "resumed after death"), TestActor);
        Watch(actor);

        Sys.Stop(actor);
        ExpectTerminated(actor);
        gate.SetResult();

        ExpectNoMsg(TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public void A_restart_abandons_the_awaiting_handler_of_the_old_instance()
    {
        var parent = Spawn.Supervisor(Sys, new AllForOneStrategy(_ => Directive.Restart));
        var awaiting = Spawn.ChildOf(this, parent, Props.Create(() => new AsyncActorImpl()), "awaiting");
        var sibling = Spawn.ChildOf(this, parent, LifecycleActor.Create(ActorRefs.Nobody, "sibling"), "sibling");
        var gate = NewGate();
        awaiting.Tell(new AnnounceThenAwait(gate.Task, "old instance resumed"), TestActor);
        ExpectMsg("awaiting");

        sibling.Tell(Fail.With("restart everyone"), TestActor);
        awaiting.Tell("generation", TestActor);
        ExpectMsg("restarted");
        gate.SetResult();
        awaiting.Tell("still responsive", TestActor);

        ExpectMsg("still responsive");
        ExpectNoMsg(TimeSpan.FromMilliseconds(300));
    }

    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private IActorRef AsyncActor() => Sys.ActorOf(Props.Create(() => new AsyncActorImpl()));

    private sealed record AwaitThenReply(Task Wait, string Reply);

    private sealed record AnnounceThenAwait(Task Wait, string Reply);

    private sealed record AwaitThenDescribe(Task Wait);

    private sealed record AwaitThenThrow(Task? Wait, string Message);

    private sealed record YieldThenReply(int Value);

    private sealed record AwaitThenBecome(Task Wait);

    private sealed record Description(IActorRef Sender, IActorRef Self, IActorRef ContextSelf, IActorRef ContextSender);

    private sealed class AsyncActorImpl : ReceiveActor
    {
        private bool _restarted;

        public AsyncActorImpl()
        {
            ReceiveAsync<AwaitThenReply>(async m =>
            {
                await m.Wait;
                Sender.Tell(m.Reply);
            });
            ReceiveAsync<AnnounceThenAwait>(async m =>
            {
                Sender.Tell("awaiting");
                await m.Wait;
                Sender.Tell(m.Reply);
            });
            ReceiveAsync<AwaitThenDescribe>(async m =>
            {
                await Task.Yield();
                await m.Wait;
                Sender.Tell(new Description(Sender, Self, Context.Self, Context.Sender));
            });
            ReceiveAsync<AwaitThenThrow>(async m =>
            {
                if (m.Wait is not null)
                {
                    await m.Wait;
                }

                throw new InvalidOperationException(m.Message);
            });
            ReceiveAsync<YieldThenReply>(async m =>
            {
                await Task.Yield();
                Sender.Tell(m.Value);
            });
            ReceiveAsync<AwaitThenBecome>(async m =>
            {
                await m.Wait;
                Become(() => Receive<string>(s => Sender.Tell($"became: {s}")));
            });
            Receive<string>(s => s == "generation", _ => Sender.Tell(_restarted ? "restarted" : "first"));
            Receive<string>(s => Sender.Tell(s));
        }

        protected override void PostRestart(Exception reason) => _restarted = true;
    }
}

using Orchestrator.Actors.Event;
using Orchestrator.Actors.TestKit;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class LifecycleTests : ActorSpec
{
    private readonly TestProbe _lifecycle;

    public LifecycleTests() => _lifecycle = CreateTestProbe("lifecycle");

    [Fact]
    public void PreStart_runs_before_the_first_message()
    {
        var actor = Sys.ActorOf(LifecycleActor.Create(_lifecycle.Ref, "a"));
        actor.Tell("hello", _lifecycle.Ref);

        _lifecycle.ExpectMsg("a:prestart");
        _lifecycle.ExpectMsg("hello");
    }

    [Fact]
    public void Stopping_a_parent_stops_its_children_before_its_own_PostStop()
    {
        var parent = Sys.ActorOf(LifecycleActor.Create(_lifecycle.Ref, "parent"));
        var first = Spawn.ChildOf(this, parent, LifecycleActor.Create(_lifecycle.Ref, "first"), "first");
        Spawn.ChildOf(this, first, LifecycleActor.Create(_lifecycle.Ref, "grandchild"), "grandchild");
        Spawn.ChildOf(this, parent, LifecycleActor.Create(_lifecycle.Ref, "second"), "second");
        _lifecycle.ExpectMsgAllOf("parent:prestart", "first:prestart", "grandchild:prestart", "second:prestart");
        Watch(parent);

        Sys.Stop(parent);

        var stops = _lifecycle.ReceiveN(4).Cast<string>().ToList();
        Assert.Equal("parent:poststop", stops[^1]);
        Assert.True(stops.IndexOf("grandchild:poststop") < stops.IndexOf("first:poststop"), string.Join(", ", stops));
        Assert.Contains("second:poststop", stops);
        ExpectTerminated(parent);
    }

    [Fact]
    public void Messages_to_a_stopping_parent_wait_until_the_children_are_gone_and_then_become_dead_letters()
    {
        var parent = Sys.ActorOf(LifecycleActor.Create(_lifecycle.Ref, "parent"));
        var child = Spawn.ChildOf(this, parent, LifecycleActor.CreatePinned(_lifecycle.Ref, "child"), "child");
        using var gate = new ManualResetEventSlim();
        child.Tell(new Block(gate), TestActor);
        ExpectMsg("blocked");
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        Sys.Stop(parent);
        parent.Tell("too late", TestActor);
        gate.Set();

        Assert.Equal("too late", ExpectMsg<DeadLetter>(d => d.Message is "too late").Message);
    }

    [Fact]
    public void The_default_PreRestart_stops_the_children_and_PostRestart_calls_PreStart()
    {
        var parent = Sys.ActorOf(LifecycleActor.Create(_lifecycle.Ref, "parent"));
        var child = Spawn.ChildOf(this, parent, LifecycleActor.Create(_lifecycle.Ref, "child"), "child");
        _lifecycle.ExpectMsgAllOf("parent:prestart", "child:prestart");
        Watch(child);

        parent.Tell(Fail.With("boom"), TestActor);

        _lifecycle.ExpectMsg("parent:prerestart:boom");
        _lifecycle.ExpectMsgAllOf("parent:poststop", "child:poststop");
        _lifecycle.ExpectMsg("parent:postrestart");
        _lifecycle.ExpectMsg("parent:prestart");
        ExpectTerminated(child);
    }

    [Fact]
    public void Children_that_survive_PreRestart_are_restarted_with_their_parent()
    {
        var parent = Sys.ActorOf(Props.Create(() => new KeepChildrenOnRestart(_lifecycle.Ref)));
        parent.Tell("make child", TestActor);
        var child = ExpectMsg<IActorRef>();
        _lifecycle.ExpectMsg("child:prestart");
        child.Tell("inc", TestActor);
        child.Tell("count", TestActor);
        ExpectMsg(1);

        parent.Tell(Fail.With("boom"), TestActor);

        _lifecycle.ExpectMsg("child:prerestart:boom");
        _lifecycle.FishForMessage(m => (string)m == "child:prestart");
        child.Tell("count", TestActor);
        ExpectMsg(0);
        parent.Tell("which child", TestActor);
        ExpectMsg(child);
    }

    [Fact]
    public void A_PostStop_that_throws_does_not_keep_the_actor_alive()
    {
        var actor = Sys.ActorOf(Props.Create(() => new ThrowingPostStop()));
        Watch(actor);

        Sys.Stop(actor);

        ExpectTerminated(actor);
    }

    [Fact]
    public void A_PreRestart_that_throws_does_not_prevent_the_restart()
    {
        var parent = Spawn.Supervisor(Sys, new OneForOneStrategy(_ => Directive.Restart));
        var child = Spawn.ChildOf(this, parent, Props.Create(() => new ThrowingPreRestart()), "child");
        child.Tell("fail", TestActor);
        child.Tell("generation", TestActor);

        ExpectMsg("restarted");
    }

    [Fact]
    public void Context_Child_finds_living_children_by_name_and_Nobody_otherwise()
    {
        var parent = Sys.ActorOf(Props.Create(() => new KeepChildrenOnRestart(_lifecycle.Ref)));
        parent.Tell("which child", TestActor);
        ExpectMsg(ActorRefs.Nobody);

        parent.Tell("make child", TestActor);
        var child = ExpectMsg<IActorRef>();
        parent.Tell("which child", TestActor);
        ExpectMsg(child);

        Watch(child);
        Sys.Stop(child);
        ExpectTerminated(child);
        AwaitAssert(() =>
        {
            parent.Tell("which child", TestActor);
            ExpectMsg(ActorRefs.Nobody);
        });
    }

    [Fact]
    public void Stop_from_inside_the_actor_stops_it_after_the_current_message()
    {
        var actor = Sys.ActorOf(Props.Create(() => new StopsItself()));
        Watch(actor);
        actor.Tell("stop", TestActor);

        ExpectMsg("stopping");
        ExpectTerminated(actor);
    }

    /// <summary>Keeps its children across a restart: its PreRestart does not stop them.</summary>
    private sealed class KeepChildrenOnRestart : ReceiveActor
    {
        public KeepChildrenOnRestart(IActorRef probe)
        {
            Receive<string>(s => s == "make child", _ => Sender.Tell(Context.ActorOf(LifecycleActor.Create(probe, "child"), "child")));
            Receive<string>(s => s == "which child", _ => Sender.Tell(Context.Child("child")));
            Receive<Fail>(f => f.Throw());
        }

        protected override void PreRestart(Exception reason, object? message)
        {
        }

    }

    private sealed class ThrowingPostStop : ReceiveActor
    {
        protected override void PostStop() => throw new InvalidOperationException("no stop for you");
    }

    private sealed class ThrowingPreRestart : ReceiveActor
    {
        private bool _restarted;

        public ThrowingPreRestart()
        {
            Receive<string>(s => s == "fail", _ => throw new InvalidOperationException("boom"));
            Receive<string>(s => s == "generation", _ => Sender.Tell(_restarted ? "restarted" : "first"));
        }

        protected override void PreRestart(Exception reason, object? message) => throw new InvalidOperationException("no restart for you");

        protected override void PostRestart(Exception reason) => _restarted = true;
    }

    private sealed class StopsItself : ReceiveActor
    {
        public StopsItself() => Receive<string>(_ =>
        {
            Context.Stop(Self);
            Sender.Tell("stopping");
        });
    }
}

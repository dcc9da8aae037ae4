using Orchestrator.Actors.TestKit;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class OneForOneStrategyTests : ActorSpec
{
    private readonly TestProbe _lifecycle;

    public OneForOneStrategyTests() => _lifecycle = CreateTestProbe("lifecycle");

    [Fact]
    public void Resume_keeps_the_instance_and_its_state_and_drops_the_failing_message()
    {
        var child = Child(new OneForOneStrategy(_ => Directive.Resume));
        child.Tell("inc", TestActor);
        child.Tell("inc", TestActor);
        child.Tell(Fail.With("boom"), TestActor);
        child.Tell("inc", TestActor);
        child.Tell("count", TestActor);

        ExpectMsg(3);
        child.Tell("generation", TestActor);
        ExpectMsg("first");
        _lifecycle.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Restart_replaces_the_instance_running_the_hooks_in_order_and_drops_the_failing_message()
    {
        var child = Child(new OneForOneStrategy(_ => Directive.Restart));
        child.Tell("inc", TestActor);
        child.Tell(Fail.With("boom"), TestActor);

        _lifecycle.ExpectMsg("child:prerestart:boom");
        _lifecycle.ExpectMsg("child:poststop");
        _lifecycle.ExpectMsg("child:postrestart");
        _lifecycle.ExpectMsg("child:prestart");
        child.Tell("count", TestActor);
        ExpectMsg(0);
        child.Tell("generation", TestActor);
        ExpectMsg("restarted");
        _lifecycle.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Restart_keeps_the_mailbox_so_messages_queued_behind_the_failure_reach_the_new_instance()
    {
        var child = Child(new OneForOneStrategy(_ => Directive.Restart), pinned: true);
        using var gate = new ManualResetEventSlim();
        child.Tell(new Block(gate), TestActor);
        ExpectMsg("blocked");
        child.Tell(Fail.With("boom"), TestActor);
        child.Tell("generation", TestActor);
        child.Tell("inc", TestActor);
        child.Tell("count", TestActor);
        gate.Set();

        ExpectMsg("restarted");
        ExpectMsg(1);
    }

    [Fact]
    public void Restart_keeps_the_actor_ref_and_its_incarnation()
    {
        var child = Child(new OneForOneStrategy(_ => Directive.Restart));
        child.Tell(new Identify("before"), TestActor);
        var before = ExpectMsg<ActorIdentity>().Subject;
        child.Tell(Fail.With("boom"), TestActor);
        _lifecycle.FishForMessage(m => (string)m == "child:postrestart");
        child.Tell(new Identify("after"), TestActor);

        var after = ExpectMsg<ActorIdentity>().Subject;
        Assert.Equal(before, after);
        Assert.Equal(child.Path.Uid, after!.Path.Uid);
    }

    [Fact]
    public void Stop_stops_the_failed_child_and_runs_its_PostStop()
    {
        var child = Child(new OneForOneStrategy(_ => Directive.Stop));
        Watch(child);
        child.Tell(Fail.With("boom"), TestActor);

        _lifecycle.ExpectMsg("child:poststop");
        ExpectTerminated(child);
    }

    [Fact]
    public void The_decider_chooses_the_directive_by_exception_type()
    {
        var strategy = new OneForOneStrategy(Deciders.Reporting(TestActor, cause => cause switch
        {
            ArgumentException => Directive.Resume,
            InvalidOperationException => Directive.Restart,
            _ => Directive.Stop,
        }));
        var child = Child(strategy);
        child.Tell("inc", TestActor);

        child.Tell(new Fail(new ArgumentException("bad argument")), TestActor);
        ExpectMsg<ArgumentException>();
        child.Tell("count", TestActor);
        ExpectMsg(1);

        child.Tell(Fail.With("bad state"), TestActor);
        ExpectMsg<InvalidOperationException>();
        child.Tell("count", TestActor);
        ExpectMsg(0);

        Watch(child);
        child.Tell(new Fail(new NotSupportedException("unsupported")), TestActor);
        ExpectMsg<NotSupportedException>();
        ExpectTerminated(child);
    }

    [Fact]
    public void The_decider_sees_the_very_exception_the_child_threw()
    {
        var child = Child(Deciders.OneForOne(TestActor, Directive.Resume));
        var cause = new InvalidOperationException("this one");
        child.Tell(new Fail(cause), TestActor);

        Assert.Same(cause, ExpectMsg<InvalidOperationException>());
    }

    [Fact]
    public void A_failing_child_does_not_disturb_its_siblings()
    {
        var parent = Spawn.Supervisor(Sys, new OneForOneStrategy(_ => Directive.Restart));
        var failing = Spawn.ChildOf(this, parent, LifecycleActor.Create(_lifecycle.Ref, "failing"), "failing");
        var sibling = Spawn.ChildOf(this, parent, LifecycleActor.Create(_lifecycle.Ref, "sibling"), "sibling");
        sibling.Tell("inc", TestActor);
        failing.Tell(Fail.With("boom"), TestActor);
        failing.Tell("generation", TestActor);
        ExpectMsg("restarted");

        sibling.Tell("count", TestActor);
        ExpectMsg(1);
        sibling.Tell("generation", TestActor);
        ExpectMsg("first");
    }

    [Fact]
    public void Props_WithSupervisorStrategy_overrides_the_actors_own_strategy()
    {
        // The parent's own strategy would restart; the props say resume.
        var parent = Sys.ActorOf(Props.Create(() => new RestartingParent()).WithSupervisorStrategy(new OneForOneStrategy(_ => Directive.Resume)));
        var child = Spawn.ChildOf(this, parent, LifecycleActor.Create(_lifecycle.Ref, "child"), "child");
        child.Tell("inc", TestActor);
        child.Tell(Fail.With("boom"), TestActor);
        child.Tell("count", TestActor);

        ExpectMsg(1);
    }

    [Fact]
    public void The_actors_own_strategy_applies_when_the_props_name_none()
    {
        var parent = Sys.ActorOf(Props.Create(() => new RestartingParent()));
        var child = Spawn.ChildOf(this, parent, LifecycleActor.Create(_lifecycle.Ref, "child"), "child");
        child.Tell("inc", TestActor);
        child.Tell(Fail.With("boom"), TestActor);
        child.Tell("count", TestActor);

        ExpectMsg(0);
    }

    private IActorRef Child(SupervisorStrategy strategy, bool pinned = false)
    {
        var parent = Spawn.Supervisor(Sys, strategy);
        var props = pinned ? LifecycleActor.CreatePinned(_lifecycle.Ref, "child") : LifecycleActor.Create(_lifecycle.Ref, "child");
        var child = Spawn.ChildOf(this, parent, props, "child");
        _lifecycle.ExpectMsg("child:prestart");
        return child;
    }

    /// <summary>A parent whose own strategy restarts children; it creates them on <see cref="CreateChild"/>.</summary>
    private sealed class RestartingParent : ReceiveActor
    {
        public RestartingParent() => Receive<CreateChild>(c => Sender.Tell(Context.ActorOf(c.Props, c.Name)));

        protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Restart);
    }
}

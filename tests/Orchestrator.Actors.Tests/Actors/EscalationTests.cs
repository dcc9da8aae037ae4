using Orchestrator.Actors.TestKit;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class EscalationTests : ActorSpec
{
    private static readonly SupervisorStrategy Escalating = new OneForOneStrategy(_ => Directive.Escalate);

    private readonly TestProbe _lifecycle;
    private readonly TestProbe _decisions;

    public EscalationTests()
    {
        _lifecycle = CreateTestProbe("lifecycle");
        _decisions = CreateTestProbe("decisions");
    }

    [Fact]
    public void Escalate_fails_the_parent_with_the_very_same_exception()
    {
        var (_, child) = Hierarchy(Directive.Restart);
        var cause = new InvalidOperationException("boom");
        child.Tell(new Fail(cause), TestActor);

        Assert.Same(cause, _decisions.ExpectMsg<InvalidOperationException>());
        _lifecycle.ExpectMsg("parent:prerestart:boom");
    }

    [Fact]
    public void A_parent_restarted_by_escalation_stops_its_children_and_starts_afresh()
    {
        var (parent, child) = Hierarchy(Directive.Restart);
        Watch(child);
        child.Tell(Fail.With("boom"), TestActor);

        _lifecycle.ExpectMsg("parent:prerestart:boom");
        _lifecycle.ExpectMsgAllOf("parent:poststop", "child:poststop");
        _lifecycle.ExpectMsg("parent:postrestart");
        _lifecycle.ExpectMsg("parent:prestart");
        ExpectTerminated(child);
        parent.Tell("generation", TestActor);
        ExpectMsg("restarted");
    }

    [Fact]
    public void A_parent_stopped_by_escalation_stops_its_child_first()
    {
        var (parent, child) = Hierarchy(Directive.Stop);
        Watch(parent);
        child.Tell(Fail.With("boom"), TestActor);

        _lifecycle.ExpectMsg("child:poststop");
        _lifecycle.ExpectMsg("parent:poststop");
        ExpectTerminated(parent);
    }

    [Fact]
    public void When_the_grandparent_resumes_the_parent_the_failed_child_resumes_too()
    {
        var (parent, child) = Hierarchy(Directive.Resume);
        child.Tell("inc", TestActor);
        parent.Tell("inc", TestActor);
        child.Tell(Fail.With("boom"), TestActor);
        _decisions.ExpectMsg<InvalidOperationException>();

        child.Tell("count", TestActor);
        ExpectMsg(1);
        parent.Tell("count", TestActor);
        ExpectMsg(1);
        _lifecycle.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Escalation_travels_up_several_levels()
    {
        var top = Spawn.Supervisor(Sys, Deciders.OneForOne(_decisions.Ref, Directive.Restart));
        var middle = Spawn.ChildOf(this, top, LifecycleActor.Create(_lifecycle.Ref, "middle").WithSupervisorStrategy(Escalating), "middle");
        var lower = Spawn.ChildOf(this, middle, LifecycleActor.Create(_lifecycle.Ref, "lower").WithSupervisorStrategy(Escalating), "lower");
        var bottom = Spawn.ChildOf(this, lower, LifecycleActor.Create(_lifecycle.Ref, "bottom"), "bottom");
        _lifecycle.ExpectMsgAllOf("middle:prestart", "lower:prestart", "bottom:prestart");

        bottom.Tell(Fail.With("deep"), TestActor);

        _decisions.ExpectMsg<InvalidOperationException>(e => e.Message == "deep");
        _lifecycle.ExpectMsg("middle:prerestart:deep");
        _decisions.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void A_top_level_actor_that_escalates_is_restarted_by_the_user_guardian()
    {
        var parent = Sys.ActorOf(LifecycleActor.Create(_lifecycle.Ref, "parent").WithSupervisorStrategy(Escalating), "top");
        _lifecycle.ExpectMsg("parent:prestart");
        var child = Spawn.ChildOf(this, parent, LifecycleActor.Create(_lifecycle.Ref, "child"), "child");
        _lifecycle.ExpectMsg("child:prestart");
        child.Tell(Fail.With("boom"), TestActor);

        _lifecycle.ExpectMsg("parent:prerestart:boom");
        _lifecycle.FishForMessage(m => (string)m == "parent:prestart");
        parent.Tell("generation", TestActor);
        ExpectMsg("restarted");
    }

    private (IActorRef Parent, IActorRef Child) Hierarchy(Directive grandparentDirective)
    {
        var grandparent = Spawn.Supervisor(Sys, Deciders.OneForOne(_decisions.Ref, grandparentDirective));
        var parent = Spawn.ChildOf(this, grandparent, LifecycleActor.Create(_lifecycle.Ref, "parent").WithSupervisorStrategy(Escalating), "parent");
        _lifecycle.ExpectMsg("parent:prestart");
        var child = Spawn.ChildOf(this, parent, LifecycleActor.Create(_lifecycle.Ref, "child"), "child");
        _lifecycle.ExpectMsg("child:prestart");
        return (parent, child);
    }
}

using Orchestrator.Actors.TestKit;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class AllForOneStrategyTests : ActorSpec
{
    private readonly TestProbe _lifecycle;

    public AllForOneStrategyTests() => _lifecycle = CreateTestProbe("lifecycle");

    [Fact]
    public void Restart_restarts_every_child_when_one_fails()
    {
        var (first, second) = Children(new AllForOneStrategy(_ => Directive.Restart));
        Increment(first);
        Increment(second);
        first.Tell(Fail.With("boom"), TestActor);

        _lifecycle.ExpectMsgAllOf(
            "first:prerestart:boom", "first:poststop", "first:postrestart", "first:prestart",
            "second:prerestart:boom", "second:poststop", "second:postrestart", "second:prestart");
        first.Tell("count", TestActor);
        ExpectMsg(0);
        second.Tell("count", TestActor);
        ExpectMsg(0);
    }

    [Fact]
    public void Restarted_siblings_keep_their_mailboxes()
    {
        var (first, second) = Children(new AllForOneStrategy(_ => Directive.Restart));
        using var gate = new ManualResetEventSlim();
        second.Tell(new Block(gate), TestActor);
        ExpectMsg("blocked");
        second.Tell("queued while the sibling failed", TestActor);
        first.Tell(Fail.With("boom"), TestActor);
        _lifecycle.FishForMessage(m => (string)m == "first:prestart");
        gate.Set();

        ExpectMsg("queued while the sibling failed");
        second.Tell("generation", TestActor);
        ExpectMsg("restarted");
    }

    [Fact]
    public void Stop_stops_every_child_when_one_fails()
    {
        var (first, second) = Children(new AllForOneStrategy(_ => Directive.Stop));
        Watch(first);
        Watch(second);
        first.Tell(Fail.With("boom"), TestActor);

        _lifecycle.ExpectMsgAllOf("first:poststop", "second:poststop");
        ExpectMsgAllOf<Terminated>(
            new Terminated(first, ExistenceConfirmed: true, AddressTerminated: false),
            new Terminated(second, ExistenceConfirmed: true, AddressTerminated: false));
    }

    [Fact]
    public void Resume_resumes_only_the_failed_child_and_leaves_the_siblings_alone()
    {
        var (first, second) = Children(new AllForOneStrategy(_ => Directive.Resume));
        Increment(first);
        Increment(second);
        first.Tell(Fail.With("boom"), TestActor);
        first.Tell("count", TestActor);
        ExpectMsg(1);
        second.Tell("count", TestActor);
        ExpectMsg(1);

        _lifecycle.ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Past_the_retry_limit_every_child_is_stopped()
    {
        var (first, second) = Children(new AllForOneStrategy(1, TimeSpan.FromMinutes(1), _ => Directive.Restart));
        Watch(first);
        Watch(second);
        first.Tell(Fail.With("first failure"), TestActor);
        _lifecycle.ExpectMsgAllOf(
            "first:prerestart:first failure", "first:poststop", "first:postrestart", "first:prestart",
            "second:prerestart:first failure", "second:poststop", "second:postrestart", "second:prestart");

        second.Tell(Fail.With("second failure"), TestActor);

        _lifecycle.ExpectMsgAllOf("first:poststop", "second:poststop");
        ExpectMsgAllOf<Terminated>(
            new Terminated(first, ExistenceConfirmed: true, AddressTerminated: false),
            new Terminated(second, ExistenceConfirmed: true, AddressTerminated: false));
    }

    private void Increment(IActorRef child)
    {
        child.Tell("inc", TestActor);
        child.Tell("count", TestActor);
        ExpectMsg(1);
    }

    private (IActorRef First, IActorRef Second) Children(SupervisorStrategy strategy)
    {
        var parent = Spawn.Supervisor(Sys, strategy);
        var first = Spawn.ChildOf(this, parent, LifecycleActor.Create(_lifecycle.Ref, "first"), "first");
        var second = Spawn.ChildOf(this, parent, LifecycleActor.CreatePinned(_lifecycle.Ref, "second"), "second");
        _lifecycle.ExpectMsgAllOf("first:prestart", "second:prestart");
        return (first, second);
    }
}

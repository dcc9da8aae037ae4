using Orchestrator.Actors.TestKit;

namespace Orchestrator.Actors.Tests.Actors;

/// <summary>maxNrOfRetries and withinTimeRange, with Akka's counting rules, on virtual time.</summary>
public sealed class RestartLimitTests : ActorSpec
{
    private readonly TestProbe _lifecycle;

    public RestartLimitTests()
        : base(useVirtualTime: true) => _lifecycle = CreateTestProbe("lifecycle");

    [Fact]
    public void The_third_failure_within_the_window_stops_a_child_allowed_two_restarts()
    {
        var child = Child(new OneForOneStrategy(2, TimeSpan.FromMinutes(1), _ => Directive.Restart));
        Watch(child);

        FailAndAwaitRestart(child, "failure 1");
        FailAndAwaitRestart(child, "failure 2");

        child.Tell(Fail.With("failure 3"), TestActor);
        _lifecycle.ExpectMsg("child:poststop");
        ExpectTerminated(child);
    }

    [Fact]
    public void Restarts_are_counted_again_once_the_window_has_passed()
    {
        var child = Child(new OneForOneStrategy(2, TimeSpan.FromSeconds(10), _ => Directive.Restart));
        Watch(child);
        FailAndAwaitRestart(child, "first");
        FailAndAwaitRestart(child, "second");

        VirtualTime.Advance(TimeSpan.FromSeconds(11));
        FailAndAwaitRestart(child, "third, in a new window");
        FailAndAwaitRestart(child, "fourth");

        child.Tell(Fail.With("fifth"), TestActor);
        ExpectTerminated(child);
    }

    [Fact]
    public void A_zero_retry_limit_stops_the_child_on_its_first_failure()
    {
        var child = Child(new OneForOneStrategy(0, null, _ => Directive.Restart));
        Watch(child);
        child.Tell(Fail.With("boom"), TestActor);

        ExpectTerminated(child);
        _lifecycle.ExpectMsg("child:poststop");
        _lifecycle.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void A_retry_limit_without_a_window_counts_for_ever()
    {
        var child = Child(new OneForOneStrategy(1, null, _ => Directive.Restart));
        Watch(child);
        FailAndAwaitRestart(child, "first");
        VirtualTime.Advance(TimeSpan.FromDays(1));

        child.Tell(Fail.With("second"), TestActor);
        ExpectTerminated(child);
    }

    private IActorRef Child(SupervisorStrategy strategy)
    {
        var parent = Spawn.Supervisor(Sys, strategy);
        var child = Spawn.ChildOf(this, parent, LifecycleActor.Create(_lifecycle.Ref, "child"), "child");
        _lifecycle.ExpectMsg("child:prestart");
        return child;
    }

    private void FailAndAwaitRestart(IActorRef child, string reason)
    {
        child.Tell(Fail.With(reason), TestActor);
        _lifecycle.ExpectMsg($"child:prerestart:{reason}");
        _lifecycle.FishForMessage(m => (string)m == "child:prestart");
    }
}

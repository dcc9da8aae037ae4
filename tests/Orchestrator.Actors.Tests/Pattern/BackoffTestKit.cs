using Orchestrator.Actors.Pattern;
using Orchestrator.Actors.TestKit;

namespace Orchestrator.Actors.Tests.Pattern;

/// <summary>
/// A TestKit on virtual time with a probe that hears every start of the supervised <see cref="BackoffChild"/>,
/// and helpers that wait for the supervisor's state without sleeping.
/// </summary>
public abstract class BackoffTestKit : TestKit.TestKit
{
    protected static readonly TimeSpan Negative = TimeSpan.FromMilliseconds(200);
    protected static readonly TimeSpan OneMs = TimeSpan.FromMilliseconds(1);

    protected BackoffTestKit()
        : base(useVirtualTime: true)
    {
        Starts = CreateTestProbe("starts");
        Asker = CreateTestProbe("asker");
    }

    /// <summary>Receives a <see cref="ChildStarted"/> for every start of the child.</summary>
    protected TestProbe Starts { get; }

    /// <summary>Asks the supervisor for its state.</summary>
    protected TestProbe Asker { get; }

    protected static Props ChildProps(TestProbe starts) => BackoffChild.Props(starts.Ref);

    /// <summary>A top-level supervisor for <paramref name="options"/>, and its first child.</summary>
    protected (IActorRef Supervisor, IActorRef Child) Supervise(BackoffOptions options)
    {
        var supervisor = Sys.ActorOf(BackoffSupervisor.Props(options), "supervisor");
        return (supervisor, ExpectStart());
    }

    protected IActorRef ExpectStart() => Starts.ExpectMsg<ChildStarted>().Child;

    protected IActorRef? CurrentChildOf(IActorRef supervisor)
    {
        Asker.Send(supervisor, BackoffSupervisor.GetCurrentChild.Instance);
        return Asker.ExpectMsg<BackoffSupervisor.CurrentChild>().Ref;
    }

    protected int RestartCountOf(IActorRef supervisor)
    {
        Asker.Send(supervisor, BackoffSupervisor.GetRestartCount.Instance);
        return Asker.ExpectMsg<BackoffSupervisor.RestartCount>().Count;
    }

    /// <summary>Waits until the supervisor has seen its child terminate, and so has set its back-off timer.</summary>
    protected void AwaitBackingOff(IActorRef supervisor) =>
        AwaitAssert(() => Assert.Null(CurrentChildOf(supervisor)), TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(10));

    /// <summary>Fails the child and checks that its successor starts exactly <paramref name="delay"/> later.</summary>
    protected IActorRef FailAndExpectRestartAfter(IActorRef supervisor, IActorRef child, TimeSpan delay, string how = "fail")
    {
        child.Tell(how, TestActor);
        AwaitBackingOff(supervisor);
        VirtualTime.Advance(delay - OneMs);
        Starts.ExpectNoMsg(Negative);
        VirtualTime.Advance(OneMs);
        var next = ExpectStart();
        Assert.NotEqual(child, next);
        Assert.Equal(child.Path.Name, next.Path.Name);
        return next;
    }
}

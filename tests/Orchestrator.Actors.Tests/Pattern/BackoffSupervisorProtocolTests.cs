using Orchestrator.Actors.Event;
using Orchestrator.Actors.Pattern;

namespace Orchestrator.Actors.Tests.Pattern;

/// <summary>The messages of <see cref="BackoffSupervisor"/>: its queries, Reset, and what it forwards.</summary>
public sealed class BackoffSupervisorProtocolTests : BackoffTestKit
{
    private BackoffOptions Options => Backoff.OnFailure(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0);

    [Fact]
    public void GetCurrentChild_and_GetRestartCount_follow_the_child_through_a_back_off()
    {
        var (supervisor, child) = Supervise(Options);
        Assert.Equal(child, CurrentChildOf(supervisor));
        Assert.Equal(0, RestartCountOf(supervisor));

        child.Tell("fail", TestActor);
        AwaitBackingOff(supervisor);
        Assert.Equal(1, RestartCountOf(supervisor));
        VirtualTime.Advance(TimeSpan.FromSeconds(1));

        var next = ExpectStart();
        Assert.Equal(next, CurrentChildOf(supervisor));
        Assert.Equal(1, RestartCountOf(supervisor));
    }

    [Fact]
    public void Messages_reach_the_child_with_their_sender_and_the_childs_messages_reach_the_parent()
    {
        Sys.ActorOf(Props.Create(() => new ReportingParent(BackoffSupervisor.Props(Options), TestActor)), "parent");
        var supervisor = ExpectMsg<IActorRef>();
        var child = ExpectStart();

        supervisor.Tell("echo", TestActor);
        ExpectMsg("echo");
        Assert.Equal(child, LastSender);

        supervisor.Tell("to-parent", TestActor);
        ExpectMsg("to-parent");
        Assert.Equal(supervisor, LastSender);
    }

    [Fact]
    public void While_backing_off_messages_go_to_dead_letters()
    {
        var (supervisor, child) = Supervise(Options);
        child.Tell("fail", TestActor);
        AwaitBackingOff(supervisor);

        EventFilter.DeadLetter<string>(message => message == "lost").ExpectOne(() => supervisor.Tell("lost", TestActor));

        ExpectNoMsg(Negative);
    }

    [Fact]
    public void While_backing_off_the_reply_while_stopped_answers_the_sender()
    {
        var (supervisor, child) = Supervise(Options.WithReplyWhileStopped("not now"));
        child.Tell("fail", TestActor);
        AwaitBackingOff(supervisor);

        supervisor.Tell("work", TestActor);

        ExpectMsg("not now");
    }

    [Fact]
    public void With_manual_reset_only_Reset_brings_the_count_back_to_zero()
    {
        var (supervisor, child) = Supervise(Options.WithManualReset());
        child = FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(1));
        child = FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(2));

        VirtualTime.Advance(TimeSpan.FromHours(1));
        Assert.Equal(2, RestartCountOf(supervisor));
        supervisor.Tell(BackoffSupervisor.Reset.Instance, TestActor);
        Assert.Equal(0, RestartCountOf(supervisor));

        FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void With_automatic_reset_Reset_is_unhandled()
    {
        var (supervisor, _) = Supervise(Options);
        Sys.EventStream.Subscribe<UnhandledMessage>(TestActor);

        supervisor.Tell(BackoffSupervisor.Reset.Instance, TestActor);

        var unhandled = ExpectMsg<UnhandledMessage>();
        Assert.Same(BackoffSupervisor.Reset.Instance, unhandled.Message);
        Assert.Equal(supervisor, unhandled.Recipient);
    }

    [Fact]
    public void Options_reject_impossible_back_offs()
    {
        var props = ChildProps(Starts);
        Assert.Throws<ArgumentOutOfRangeException>(() => Backoff.OnFailure(props, "child", TimeSpan.Zero, TimeSpan.FromSeconds(1), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Backoff.OnFailure(props, "child", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Backoff.OnStop(props, "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Options.WithAutoReset(TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromSeconds(1), Options.ResetBackoff);
        Assert.Null(Options.WithManualReset().ResetBackoff);
        Assert.Equal(-1, Options.MaxNrOfRetries);
        Assert.Equal(3, Options.WithMaxNrOfRetries(3).WithDefaultStoppingStrategy().MaxNrOfRetries);
    }
}

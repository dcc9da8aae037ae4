using Orchestrator.Actors.Scheduling;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class SchedulerTests : ActorSpec
{
    private static readonly TimeSpan Silence = TimeSpan.FromMilliseconds(150);

    public SchedulerTests()
        : base(useVirtualTime: true)
    {
    }

    [Fact]
    public void ScheduleTellOnce_sends_the_message_once_after_the_delay_with_the_given_sender()
    {
        var sender = CreateTestProbe("sender");
        Sys.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(5), TestActor, "later", sender.Ref);

        VirtualTime.Advance(TimeSpan.FromSeconds(4));
        ExpectNoMsg(Silence);
        VirtualTime.Advance(TimeSpan.FromSeconds(1));
        ExpectMsg("later");
        Assert.Equal(sender.Ref, LastSender);
        VirtualTime.Advance(TimeSpan.FromMinutes(1));
        ExpectNoMsg(Silence);
    }

    [Fact]
    public void ScheduleTellRepeatedly_sends_after_the_initial_delay_and_then_every_interval_until_cancelled()
    {
        var task = Sys.Scheduler.ScheduleTellRepeatedlyCancelable(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1), TestActor, "tick", null);

        VirtualTime.Advance(TimeSpan.FromSeconds(2));
        ExpectNoMsg(Silence);
        VirtualTime.Advance(TimeSpan.FromSeconds(1));
        ExpectMsg("tick");
        VirtualTime.Advance(TimeSpan.FromSeconds(2));
        ExpectMsg("tick");
        ExpectMsg("tick");

        task.Cancel();
        Assert.True(task.IsCancellationRequested);
        VirtualTime.Advance(TimeSpan.FromSeconds(5));
        ExpectNoMsg(Silence);
    }

    [Fact]
    public void A_cancelled_send_never_happens()
    {
        var task = Sys.Scheduler.ScheduleTellOnceCancelable(TimeSpan.FromSeconds(1), TestActor, "cancelled", null);

        task.Cancel();
        VirtualTime.Advance(TimeSpan.FromSeconds(2));

        ExpectNoMsg(Silence);
    }

    [Fact]
    public void A_repeated_action_that_throws_keeps_being_scheduled()
    {
        var runs = 0;
        Sys.Scheduler.Advanced.ScheduleRepeatedly(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), () =>
        {
            runs++;
            throw new InvalidOperationException("every time");
        });

        VirtualTime.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(3, runs);
    }

    [Fact]
    public void The_clocks_follow_the_time_provider()
    {
        var monotonic = Sys.Scheduler.MonotonicClock;
        var now = Sys.Scheduler.Now;

        VirtualTime.Advance(TimeSpan.FromHours(2));

        Assert.Equal(TimeSpan.FromHours(2), Sys.Scheduler.MonotonicClock - monotonic);
        Assert.Equal(TimeSpan.FromHours(2), Sys.Scheduler.Now - now);
    }

    [Fact]
    public void A_repeat_interval_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sys.Scheduler.ScheduleTellRepeatedlyCancelable(TimeSpan.Zero, TimeSpan.Zero, TestActor, "never", null));
    }

    [Fact]
    public async Task Scheduling_after_the_system_terminated_does_nothing_and_does_not_throw()
    {
        await Sys.Terminate().WaitAsync(TimeSpan.FromSeconds(10));

        var task = Sys.Scheduler.ScheduleTellOnceCancelable(TimeSpan.FromSeconds(1), TestActor, "after the end", null);
        VirtualTime.Advance(TimeSpan.FromSeconds(2));

        Assert.True(task.IsCancellationRequested);
    }
}

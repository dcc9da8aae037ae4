using Orchestrator.Actors.TestKit.Tests.Support;
using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class VirtualTimeSystemTests(ITestOutputHelper output) : TestKit(output, useVirtualTime: true)
{
    [Fact]
    public void The_system_reads_the_virtual_clock()
    {
        Assert.Same(VirtualTime, Sys.TimeProvider);
        var before = Sys.Scheduler.Now;

        VirtualTime.Advance(TimeSpan.FromDays(1));

        Assert.Equal(before.AddDays(1), Sys.Scheduler.Now);
    }

    [Fact]
    public void An_actor_timer_of_minutes_fires_when_the_clock_is_advanced()
    {
        var actor = Sys.ActorOf(Props.Create(() => new TimerActor(TestActor)));
        actor.Tell(new TimerActor.Start("backoff over", TimeSpan.FromMinutes(5)), null);
        AwaitCondition(() => VirtualTime.PendingTimers > 0);

        VirtualTime.Advance(TimeSpan.FromMinutes(4));
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        VirtualTime.Advance(TimeSpan.FromMinutes(1));

        ExpectMsg("backoff over");
    }

    [Fact]
    public void Scheduled_messages_wait_for_virtual_time()
    {
        Sys.Scheduler.ScheduleTellOnceCancelable(TimeSpan.FromHours(2), TestActor, "two hours later", null);

        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
        VirtualTime.Advance(TimeSpan.FromHours(2));

        ExpectMsg("two hours later");
    }

    [Fact]
    public void Receive_timeouts_run_on_virtual_time()
    {
        Sys.ActorOf(Props.Create(() => new IdleActor(TestActor, TimeSpan.FromHours(1))));
        AwaitCondition(() => VirtualTime.PendingTimers > 0);

        VirtualTime.Advance(TimeSpan.FromHours(1));

        ExpectMsg("idle");
    }

    [Fact]
    public async Task Ask_timeouts_run_on_virtual_time()
    {
        var silent = CreateTestProbe();
        var ask = silent.Ref.Ask<string>("anyone?", TimeSpan.FromMinutes(10));
        silent.ExpectMsg("anyone?");

        VirtualTime.Advance(TimeSpan.FromMinutes(10));

        await Assert.ThrowsAsync<AskTimeoutException>(() => ask.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}

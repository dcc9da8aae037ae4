using Orchestrator.Node.Agent;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>The back-off arithmetic, as a pure value.</summary>
public sealed class CrashLoopBackOffTests
{
    private static readonly CrashLoopBackOff Kubernetes = new(TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));

    [Fact]
    public void First_restart_is_immediate_then_10s_doubling_to_a_cap_of_5_minutes()
    {
        var backOff = Kubernetes;
        var delays = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            (var delay, backOff) = backOff.AfterExit(TimeSpan.FromSeconds(1));
            delays.Add(delay.TotalSeconds);
        }

        Assert.Equal([0, 10, 20, 40, 80, 160, 300, 300, 300], delays);
    }

    [Fact]
    public void A_run_of_the_reset_time_starts_over_and_a_shorter_one_does_not()
    {
        var backOff = Kubernetes;
        for (var i = 0; i < 4; i++)
        {
            (_, backOff) = backOff.AfterExit(TimeSpan.Zero);
        }

        var (shortRun, _) = backOff.AfterExit(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        var (longRun, afterLongRun) = backOff.AfterExit(TimeSpan.FromMinutes(10));

        Assert.Equal(TimeSpan.FromSeconds(80), shortRun);
        Assert.Equal(TimeSpan.Zero, longRun);
        Assert.Equal(TimeSpan.FromSeconds(10), afterLongRun.AfterExit(TimeSpan.Zero).Delay);
    }

    [Fact]
    public void Reset_forgets_the_failures()
    {
        var (_, once) = Kubernetes.AfterExit(TimeSpan.Zero);
        var (_, twice) = once.AfterExit(TimeSpan.Zero);

        Assert.Equal(TimeSpan.Zero, twice.Reset().AfterExit(TimeSpan.Zero).Delay);
        Assert.Equal(Kubernetes, twice.Reset());
    }

    [Fact]
    public void A_cap_below_the_initial_delay_caps_every_delay()
    {
        var backOff = new CrashLoopBackOff(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10));

        (_, backOff) = backOff.AfterExit(TimeSpan.Zero);
        var (delay, _) = backOff.AfterExit(TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(5), delay);
    }
}

using Orchestrator.Node.Stats;

namespace Orchestrator.Node.Tests.Stats;

/// <summary><see cref="CpuRate"/>: usage rates from cumulative CPU time.</summary>
public sealed class CpuRateTests
{
    private static readonly DateTimeOffset T0 = StatsFixtures.T0;

    [Theory]
    [InlineData(1_000_000_000UL, 1.0, 1_000_000_000UL)]
    [InlineData(5_000_000_000UL, 10.0, 500_000_000UL)]
    [InlineData(250_000_000UL, 0.5, 500_000_000UL)]
    [InlineData(30_000_000_000UL, 10.0, 3_000_000_000UL)]
    [InlineData(0UL, 10.0, 0UL)]
    public void Is_the_cpu_time_used_per_second_of_wall_time_in_nanocores(ulong used, double seconds, ulong expected)
    {
        var rate = CpuRate.NanoCores(7_000, T0, 7_000 + used, T0.AddSeconds(seconds));

        Assert.Equal(expected, rate);
    }

    [Fact]
    public void Is_unknown_when_the_counter_went_backwards_as_after_a_restart()
    {
        Assert.Null(CpuRate.NanoCores(5_000, T0, 4_000, T0.AddSeconds(10)));
    }

    [Fact]
    public void Is_unknown_when_no_time_passed()
    {
        Assert.Null(CpuRate.NanoCores(1_000, T0, 2_000, T0));
        Assert.Null(CpuRate.NanoCores(1_000, T0, 2_000, T0.AddSeconds(-1)));
    }
}

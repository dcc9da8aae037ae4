namespace Orchestrator.Benchmarks.Harness;

/// <summary>A goal a figure is held to, such as <c>&gt;= 0.5</c> of the baseline, and whether this run met it.</summary>
public sealed record Target(string Goal, bool Met)
{
    /// <summary>A target met when <paramref name="value"/> is at least <paramref name="minimum"/>.</summary>
    public static Target AtLeast(double value, double minimum, string goal) => new(goal, value >= minimum);

    /// <summary>A target met when <paramref name="value"/> is at most <paramref name="maximum"/>.</summary>
    public static Target AtMost(double value, double maximum, string goal) => new(goal, value <= maximum);
}

namespace Orchestrator.Benchmarks.Harness;

/// <summary>Summaries of repeated measurements: the median of trials, and percentiles of latency samples.</summary>
public static class Statistics
{
    /// <summary>The median: the middle value, or the mean of the two middle values.</summary>
    public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 50);

    /// <summary>
    /// The <paramref name="percentile"/>-th percentile (0-100), interpolating linearly
    /// between the closest ranks, as spreadsheets' PERCENTILE.INC does.
    /// </summary>
    public static double Percentile(IReadOnlyCollection<double> values, double percentile)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfZero(values.Count, nameof(values));
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);

        var sorted = values.Order().ToArray();
        var rank = percentile / 100 * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (rank - lower));
    }

    /// <summary>The spread of trials as (max - min) / median, to tell a noisy run from a steady one.</summary>
    public static double RelativeSpread(IReadOnlyCollection<double> values)
    {
        var median = Median(values);
        return median == 0 ? 0 : (values.Max() - values.Min()) / median;
    }
}

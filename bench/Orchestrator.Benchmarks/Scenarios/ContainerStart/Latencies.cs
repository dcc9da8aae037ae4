using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.ContainerStart;

/// <summary>The start latencies of one starter in one trial, in milliseconds.</summary>
internal sealed class Latencies(string key)
{
    private readonly List<double> _milliseconds = [];

    /// <summary>The starter's key stem.</summary>
    public string Key { get; } = key;

    /// <summary>The median.</summary>
    public double P50 => Statistics.Percentile(_milliseconds, 50);

    /// <summary>The 99th percentile.</summary>
    public double P99 => Statistics.Percentile(_milliseconds, 99);

    /// <summary>Records one start.</summary>
    public void Add(TimeSpan elapsed) => _milliseconds.Add(elapsed.TotalMilliseconds);
}

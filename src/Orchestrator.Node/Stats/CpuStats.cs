namespace Orchestrator.Node.Stats;

/// <summary>CPU use, as the kubelet's summary API reports it.</summary>
/// <param name="Time">When it was sampled.</param>
/// <param name="UsageNanoCores">The rate of use over the last interval, in billionths of a core; null until two samples exist.</param>
/// <param name="UsageCoreNanoSeconds">Cumulative CPU time used, in nanoseconds.</param>
public sealed record CpuStats(DateTimeOffset Time, ulong? UsageNanoCores, ulong UsageCoreNanoSeconds);

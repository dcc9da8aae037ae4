namespace Orchestrator.Node.Stats;

/// <summary>Memory use, as the kubelet's summary API reports it.</summary>
/// <param name="Time">When it was sampled.</param>
/// <param name="WorkingSetBytes">Memory in use that cannot be reclaimed at once; what limits and evictions look at.</param>
/// <param name="AvailableBytes">Memory left before the limit (node: before the machine runs out); null when unlimited.</param>
/// <param name="LimitBytes">The limit in force, when there is one.</param>
public sealed record MemoryStats(DateTimeOffset Time, ulong WorkingSetBytes, ulong? AvailableBytes, ulong? LimitBytes);

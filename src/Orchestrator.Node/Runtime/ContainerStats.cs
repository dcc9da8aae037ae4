namespace Orchestrator.Node.Runtime;

/// <summary>A sample of a container's resource usage.</summary>
/// <param name="ContainerId">The container sampled.</param>
/// <param name="Timestamp">When the sample was taken.</param>
/// <param name="CpuUsageNanoseconds">CPU time used since the container started, cumulative; rates come from two samples.</param>
/// <param name="MemoryWorkingSetBytes">Memory in use that cannot be reclaimed at once (Kubernetes' working set).</param>
/// <param name="MemoryLimitBytes">The memory limit in force, when there is one.</param>
public sealed record ContainerStats(
    string ContainerId,
    DateTimeOffset Timestamp,
    ulong CpuUsageNanoseconds,
    ulong MemoryWorkingSetBytes,
    ulong? MemoryLimitBytes);

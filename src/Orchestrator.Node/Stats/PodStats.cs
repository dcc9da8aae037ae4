namespace Orchestrator.Node.Stats;

/// <summary>The resource use of one pod: its running containers, and their sums.</summary>
/// <param name="PodRef">The pod.</param>
/// <param name="StartTime">When its first running container started.</param>
/// <param name="Containers">Its running containers, by name.</param>
/// <param name="Cpu">The sum of its containers' CPU use (the rate is null while any container's is).</param>
/// <param name="Memory">The sum of its containers' memory use.</param>
public sealed record PodStats(
    PodReference PodRef, DateTimeOffset? StartTime, IReadOnlyList<PodContainerStats> Containers, CpuStats Cpu, MemoryStats Memory);

namespace Orchestrator.Node.Stats;

/// <summary>The resource use of one running container of a pod.</summary>
/// <param name="Name">The container's name within its pod.</param>
/// <param name="ContainerId">The runtime's id of the container.</param>
/// <param name="StartTime">When it started.</param>
/// <param name="Cpu">Its CPU use.</param>
/// <param name="Memory">Its memory use.</param>
public sealed record PodContainerStats(string Name, string ContainerId, DateTimeOffset? StartTime, CpuStats Cpu, MemoryStats Memory);

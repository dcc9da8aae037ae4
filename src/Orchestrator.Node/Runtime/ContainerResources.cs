namespace Orchestrator.Node.Runtime;

/// <summary>Resource limits of a container, enforced where the runtime and OS allow.</summary>
/// <param name="CpuMillis">CPU limit in thousandths of a core; null for none.</param>
/// <param name="MemoryBytes">Memory limit in bytes; null for none. Exceeding it ends as OOMKilled where the runtime can tell.</param>
public sealed record ContainerResources(long? CpuMillis, long? MemoryBytes)
{
    /// <summary>No limits.</summary>
    public static ContainerResources None { get; } = new(null, null);
}

namespace Orchestrator.Node.Stats;

/// <summary>The resource use of the whole node (the machine, not only its pods) and what runs on it.</summary>
/// <param name="NodeName">The node.</param>
/// <param name="Cpu">The machine's CPU use (/proc/stat).</param>
/// <param name="Memory">The machine's memory use (/proc/meminfo: total less available).</param>
/// <param name="Capacity">What the machine has.</param>
/// <param name="RunningPods">Pods with at least one running container.</param>
/// <param name="RunningContainers">Running containers.</param>
public sealed record NodeStats(
    string NodeName, CpuStats Cpu, MemoryStats Memory, NodeCapacity Capacity, int RunningPods, int RunningContainers);

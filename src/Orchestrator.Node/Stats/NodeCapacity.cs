namespace Orchestrator.Node.Stats;

/// <summary>What the machine has.</summary>
/// <param name="Cpus">Processors the process may use.</param>
/// <param name="MemoryBytes">Total memory.</param>
public sealed record NodeCapacity(int Cpus, ulong MemoryBytes);

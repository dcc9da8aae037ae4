namespace Orchestrator.Node.Stats;

/// <summary>One reading of the machine's resources.</summary>
/// <param name="Time">When it was read.</param>
/// <param name="CpuUsageNanoseconds">CPU time spent busy on all processors since boot, cumulative.</param>
/// <param name="MemoryTotalBytes">Total memory.</param>
/// <param name="MemoryAvailableBytes">Memory available to new work without swapping.</param>
/// <param name="Cpus">Processors the process may use.</param>
internal sealed record NodeResourceSample(
    DateTimeOffset Time, ulong CpuUsageNanoseconds, ulong MemoryTotalBytes, ulong MemoryAvailableBytes, int Cpus);

using Orchestrator.Actors.TestKit;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

public abstract partial class ContainerRuntimeConformance
{
    [RuntimeFact]
    public async Task Stats_of_a_busy_container_show_cpu_time_growing_and_memory_in_use()
    {
        var id = await RunAsync(BusyLoop());
        var first = await Within(Runtime.ContainerStatsAsync(id, CancellationToken.None));

        ContainerStats? later = null;
        await Eventually.ConditionAsync(
            async () => (later = await Runtime.ContainerStatsAsync(id, CancellationToken.None)).CpuUsageNanoseconds > first.CpuUsageNanoseconds,
            Patience,
            "the CPU time of a busy container grows",
            PollInterval);

        Assert.Equal(id, first.ContainerId);
        Assert.True(later!.MemoryWorkingSetBytes > 0, "A running container uses some memory.");
        Assert.True(later.Timestamp >= first.Timestamp);
    }
}

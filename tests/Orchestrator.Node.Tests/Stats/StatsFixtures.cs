using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Stats;

/// <summary>Containers and samples for the stats tests.</summary>
internal static class StatsFixtures
{
    public static readonly DateTimeOffset T0 = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A container of pod <paramref name="pod"/> in <paramref name="ns"/>, labelled as the agent labels it.</summary>
    public static ContainerStatus Container(
        string id, string pod, string name, string ns = "default", ContainerState state = ContainerState.Running, bool managed = true)
    {
        var labels = new Dictionary<string, string>
        {
            [ContainerLabels.PodUid] = $"uid-{ns}-{pod}",
            [ContainerLabels.PodName] = pod,
            [ContainerLabels.PodNamespace] = ns,
            [ContainerLabels.ContainerName] = name,
        };
        if (managed)
        {
            labels[ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue;
        }

        return new ContainerStatus(id, $"sandbox-{pod}", name, "busybox", state, T0, T0, null, null, null, null, labels);
    }

    public static ContainerStats Sample(string id, DateTimeOffset time, ulong cpuNanoseconds, ulong memory, ulong? limit = null) =>
        new(id, time, cpuNanoseconds, memory, limit);
}

using Orchestrator.Node.Runtime;
using Orchestrator.Node.Stats;
using static Orchestrator.Node.Tests.Stats.StatsFixtures;

namespace Orchestrator.Node.Tests.Stats;

/// <summary><see cref="StatsAggregator"/>: containers, pods and node from one round of samples.</summary>
public sealed class StatsAggregatorTests
{
    private static readonly DateTimeOffset T1 = T0.AddSeconds(10);
    private static readonly NodeResourceSample Node0 = new(T0, 100_000_000_000, 8_000_000_000, 6_000_000_000, 2);
    private static readonly NodeResourceSample Node1 = new(T1, 115_000_000_000, 8_000_000_000, 5_000_000_000, 2);

    [Fact]
    public void Groups_containers_into_their_pods_and_sums_them()
    {
        var samples = new[]
        {
            new ContainerSample(Container("a1", "web", "app"), Sample("a1", T1, 3_000_000_000, 100, limit: 1_000)),
            new ContainerSample(Container("a2", "web", "sidecar"), Sample("a2", T1, 1_000_000_000, 50)),
            new ContainerSample(Container("b1", "db", "postgres", ns: "data"), Sample("b1", T1, 7_000_000_000, 400)),
        };
        var previous = new Dictionary<string, ContainerStats>
        {
            ["a1"] = Sample("a1", T0, 1_000_000_000, 90),
            ["a2"] = Sample("a2", T0, 500_000_000, 40),
            ["b1"] = Sample("b1", T0, 2_000_000_000, 300),
        };

        var summary = StatsAggregator.Summarize(2, T1, "node-1", samples, previous, Node1, Node0, failedContainers: 0);

        Assert.Equal(["data/db", "default/web"], summary.Pods.Select(p => $"{p.PodRef.Namespace}/{p.PodRef.Name}"));
        var web = summary.Pods[1];
        Assert.Equal(new PodReference("web", "default", "uid-default-web"), web.PodRef);
        Assert.Equal(["app", "sidecar"], web.Containers.Select(c => c.Name));
        Assert.Equal(200_000_000UL, web.Containers[0].Cpu.UsageNanoCores);
        Assert.Equal(new MemoryStats(T1, 100, 900, 1_000), web.Containers[0].Memory);
        Assert.Equal(250_000_000UL, web.Cpu.UsageNanoCores);
        Assert.Equal(4_000_000_000UL, web.Cpu.UsageCoreNanoSeconds);
        Assert.Equal(150UL, web.Memory.WorkingSetBytes);
        Assert.Equal(500_000_000UL, summary.Pods[0].Cpu.UsageNanoCores);
    }

    [Fact]
    public void The_node_is_the_machine_with_its_capacity_and_what_runs_on_it()
    {
        var samples = new[]
        {
            new ContainerSample(Container("a1", "web", "app"), Sample("a1", T1, 1, 1)),
            new ContainerSample(Container("a2", "web", "sidecar"), Sample("a2", T1, 1, 1)),
            new ContainerSample(Container("b1", "db", "postgres"), Sample("b1", T1, 1, 1)),
        };

        var node = StatsAggregator.Summarize(2, T1, "node-1", samples, new Dictionary<string, ContainerStats>(), Node1, Node0, 1).Node;

        Assert.Equal("node-1", node.NodeName);
        Assert.Equal(new CpuStats(T1, 1_500_000_000, 115_000_000_000), node.Cpu);
        Assert.Equal(new MemoryStats(T1, 3_000_000_000, 5_000_000_000, 8_000_000_000), node.Memory);
        Assert.Equal(new NodeCapacity(2, 8_000_000_000), node.Capacity);
        Assert.Equal(2, node.RunningPods);
        Assert.Equal(3, node.RunningContainers);
    }

    [Fact]
    public void Rates_are_unknown_until_a_container_has_two_samples_and_so_is_its_pods()
    {
        var samples = new[]
        {
            new ContainerSample(Container("a1", "web", "app"), Sample("a1", T1, 3_000_000_000, 100)),
            new ContainerSample(Container("a2", "web", "new"), Sample("a2", T1, 1_000_000_000, 50)),
        };
        var previous = new Dictionary<string, ContainerStats> { ["a1"] = Sample("a1", T0, 1_000_000_000, 90) };

        var summary = StatsAggregator.Summarize(1, T1, "node-1", samples, previous, null, null, 0);

        var web = Assert.Single(summary.Pods);
        Assert.NotNull(web.Containers.Single(c => c.Name == "app").Cpu.UsageNanoCores);
        Assert.Null(web.Containers.Single(c => c.Name == "new").Cpu.UsageNanoCores);
        Assert.Null(web.Cpu.UsageNanoCores);
        Assert.Null(summary.Node.Cpu.UsageNanoCores);
        Assert.Equal(1, summary.Node.RunningPods);
    }
}

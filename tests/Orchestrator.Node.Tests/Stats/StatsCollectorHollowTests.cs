using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Hollow;
using Orchestrator.Node.Stats;
using ActorTestKit = Orchestrator.Actors.TestKit.TestKit;

namespace Orchestrator.Node.Tests.Stats;

/// <summary>
/// <see cref="StatsCollector"/> over a real runtime implementation, the in-memory <c>hollow</c> one,
/// whose containers use CPU on the virtual clock: what the agent starts is what gets measured.
/// </summary>
public sealed class StatsCollectorHollowTests : ActorTestKit
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private static readonly StatsSettings Settings = new(Enabled: true, Interval, TimeSpan.FromSeconds(5), MetricsAddress: null);

    private readonly HollowRuntime _runtime;

    public StatsCollectorHollowTests()
        : base(useVirtualTime: true) => _runtime = new HollowRuntime(time: VirtualTime);

    [Fact]
    public async Task Measures_what_the_agent_runs_per_container_and_per_pod()
    {
        var web = await SandboxAsync("web");
        await ContainerAsync(web, "web", "app", "busy", memoryLimit: 64 * 1024 * 1024);
        await ContainerAsync(web, "web", "sidecar", "run");
        var job = await SandboxAsync("job");
        await ContainerAsync(job, "job", "main", "exit 0");
        Sys.EventStream.Subscribe(TestActor, typeof(NodeStatsSummary));
        Sys.ActorOf(StatsCollector.Props(_runtime, Settings, "node-1"));
        ExpectMsg<NodeStatsSummary>();

        VirtualTime.Advance(Interval);
        var summary = ExpectMsg<NodeStatsSummary>();

        var pod = Assert.Single(summary.Pods);
        Assert.Equal(new PodReference("web", "default", "uid-web"), pod.PodRef);
        var app = pod.Containers.Single(c => c.Name == "app");
        Assert.Equal(1_000_000_000UL, app.Cpu.UsageNanoCores);
        Assert.Equal(64UL * 1024 * 1024, app.Memory.LimitBytes);
        Assert.Equal((ulong)HollowSettings.Default.CpuMillicores * 1_000_000UL, pod.Containers.Single(c => c.Name == "sidecar").Cpu.UsageNanoCores);
        Assert.Equal(2UL * (ulong)HollowSettings.Default.MemoryWorkingSetBytes, pod.Memory.WorkingSetBytes);
        Assert.Equal(2, summary.Node.RunningContainers);
    }

    [Fact]
    public async Task Follows_a_change_of_usage_from_one_round_to_the_next()
    {
        var web = await SandboxAsync("web");
        var id = await ContainerAsync(web, "web", "app", "run");
        Sys.EventStream.Subscribe(TestActor, typeof(NodeStatsSummary));
        Sys.ActorOf(StatsCollector.Props(_runtime, Settings, "node-1"));
        ExpectMsg<NodeStatsSummary>();

        _runtime.SetUsage(id, cpuMillicores: 250, memoryBytes: 1_000_000);
        VirtualTime.Advance(Interval);

        var app = Assert.Single(ExpectMsg<NodeStatsSummary>().Pods).Containers.Single();
        Assert.Equal(250_000_000UL, app.Cpu.UsageNanoCores);
        Assert.Equal(1_000_000UL, app.Memory.WorkingSetBytes);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _runtime.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static Dictionary<string, string> Labels(string pod, string? container = null)
    {
        var labels = new Dictionary<string, string>
        {
            [ContainerLabels.PodUid] = $"uid-{pod}",
            [ContainerLabels.PodName] = pod,
            [ContainerLabels.PodNamespace] = "default",
            [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue,
        };
        if (container is not null)
        {
            labels[ContainerLabels.ContainerName] = container;
        }

        return labels;
    }

    private Task<string> SandboxAsync(string pod) =>
        _runtime.RunPodSandboxAsync(new PodSandboxConfig($"uid-{pod}", "default", pod, 0, Labels(pod), []), CancellationToken.None);

    private async Task<string> ContainerAsync(string sandbox, string pod, string name, string script, long? memoryLimit = null)
    {
        var config = new ContainerConfig(
            name, "busybox", script.Split(' '), [], [], null, [], new ContainerResources(null, memoryLimit), Labels(pod, name));
        var id = await _runtime.CreateContainerAsync(sandbox, config, CancellationToken.None);
        await _runtime.StartContainerAsync(id, CancellationToken.None);
        return id;
    }
}

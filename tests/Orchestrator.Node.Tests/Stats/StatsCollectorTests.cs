using Orchestrator.Actors;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Stats;
using Orchestrator.Node.Tests.Probes;
using static Orchestrator.Node.Tests.Stats.StatsFixtures;
using ActorTestKit = Orchestrator.Actors.TestKit.TestKit;

namespace Orchestrator.Node.Tests.Stats;

/// <summary><see cref="StatsCollector"/>: rounds of sampling on virtual time, against a scripted runtime.</summary>
public sealed class StatsCollectorTests : ActorTestKit
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private static readonly StatsSettings Settings = new(Enabled: true, Interval, TimeSpan.FromSeconds(5), MetricsAddress: null);

    private readonly List<ContainerStatus> _containers =
    [
        Container("web-app", "web", "app"),
        Container("web-log", "web", "log"),
        Container("db-pg", "db", "postgres", ns: "data"),
        Container("done", "job", "main", state: ContainerState.Exited),
        Container("foreign", "other", "main", managed: false),
    ];

    /// <summary>Cores each container keeps busy; cumulative CPU grows at this rate on the virtual clock.</summary>
    private readonly Dictionary<string, double> _cores = new() { ["web-app"] = 0.5, ["web-log"] = 0.25, ["db-pg"] = 1.5 };

    public StatsCollectorTests()
        : base(useVirtualTime: true)
    {
    }

    [Fact]
    public void Reports_cpu_rates_from_the_second_round_on_with_memory_per_container_pod_and_node()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(NodeStatsSummary));
        StartCollector(Runtime());

        var first = ExpectMsg<NodeStatsSummary>();
        Assert.Equal(1, first.Version);
        Assert.All(first.Pods.SelectMany(p => p.Containers), c => Assert.Null(c.Cpu.UsageNanoCores));
        VirtualTime.Advance(Interval);
        var second = ExpectMsg<NodeStatsSummary>();

        Assert.Equal(2, second.Version);
        var web = second.Pods.Single(p => p.PodRef.Name == "web");
        Assert.Equal(500_000_000UL, web.Containers.Single(c => c.Name == "app").Cpu.UsageNanoCores);
        Assert.Equal(750_000_000UL, web.Cpu.UsageNanoCores);
        Assert.Equal(3_000UL, web.Memory.WorkingSetBytes);
        Assert.Equal(1_500_000_000UL, second.Pods.Single(p => p.PodRef.Name == "db").Cpu.UsageNanoCores);
        Assert.Equal(500_000_000UL, second.Node.Cpu.UsageNanoCores);
        Assert.Equal(new NodeCapacity(2, FakeNodeReader.MemoryTotal), second.Node.Capacity);
        Assert.Equal(2, second.Node.RunningPods);
        Assert.Equal(3, second.Node.RunningContainers);
    }

    [Fact]
    public void Samples_only_the_running_containers_it_manages()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(NodeStatsSummary));

        StartCollector(Runtime());

        var ids = ExpectMsg<NodeStatsSummary>().Pods.SelectMany(p => p.Containers).Select(c => c.ContainerId).Order();
        Assert.Equal(["db-pg", "web-app", "web-log"], ids);
    }

    [Fact]
    public void Answers_its_parent_with_the_latest_snapshot_which_it_also_publishes()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(NodeStatsSummary));
        var latest = new LatestNodeStats(NodeStatsSummary.Empty("node-1", VirtualTime.GetUtcNow()));
        var collector = Sys.ActorOf(StatsCollector.Props(Runtime(), Settings, "node-1", latest, new FakeNodeReader(VirtualTime)));
        var published = ExpectMsg<NodeStatsSummary>();

        collector.Tell(StatsCollector.GetNodeStats.Instance, TestActor);

        Assert.Same(published, ExpectMsg<NodeStatsSummary>());
        Assert.Same(published, latest.Current);
    }

    [Fact]
    public void Leaves_out_and_logs_a_container_whose_sampling_fails_and_keeps_going()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(NodeStatsSummary));
        var runtime = Runtime(fail: "web-log");

        EventFilter.Warning(contains: "Could not sample container web-log").ExpectOne(() =>
        {
            StartCollector(runtime);
            var summary = ExpectMsg<NodeStatsSummary>();
            Assert.Equal(1, summary.FailedContainers);
            Assert.Equal(["app"], summary.Pods.Single(p => p.PodRef.Name == "web").Containers.Select(c => c.Name));
            Assert.Single(summary.Pods, p => p.PodRef.Name == "db");
        });
        VirtualTime.Advance(Interval);

        Assert.Equal(2, ExpectMsg<NodeStatsSummary>().Version);
    }

    [Fact]
    public void Keeps_going_when_listing_the_containers_fails()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(NodeStatsSummary));
        var failures = 1;
        var healthy = Runtime();
        var runtime = new ScriptedRuntime
        {
            Containers = () => Interlocked.Decrement(ref failures) >= 0 ? throw new IOException("runtime down") : healthy.Containers!(),
            Stats = healthy.Stats,
        };

        EventFilter.Warning(contains: "runtime down").ExpectOne(() => StartCollector(runtime));
        VirtualTime.Advance(Interval);

        var summary = ExpectMsg<NodeStatsSummary>();
        Assert.Equal(1, summary.Version);
        Assert.Equal(3, summary.Node.RunningContainers);
    }

    [Fact]
    public async Task Gives_up_a_round_that_outlives_its_timeout_and_starts_the_next_on_time()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(NodeStatsSummary));
        var hang = 1;
        var healthy = Runtime();
        var called = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runtime = new ScriptedRuntime
        {
            Containers = healthy.Containers,
            Stats = (id, cancellationToken) =>
            {
                if (Interlocked.Decrement(ref hang) < 0)
                {
                    return healthy.Stats!(id, cancellationToken);
                }

                called.TrySetResult();
                var never = new TaskCompletionSource<ContainerStats>(TaskCreationOptions.RunContinuationsAsynchronously);
                cancellationToken.Register(() => never.TrySetCanceled(cancellationToken));
                return never.Task;
            },
        };
        StartCollector(runtime);
        await called.Task.WaitAsync(TimeSpan.FromSeconds(5));

        EventFilter.Warning(contains: "Stats round failed").ExpectOne(() => VirtualTime.Advance(Settings.Timeout));
        VirtualTime.Advance(Interval - Settings.Timeout);

        Assert.Equal(1, ExpectMsg<NodeStatsSummary>().Version);
    }

    [Fact]
    public void Samples_nothing_when_disabled()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(NodeStatsSummary));
        var collector = StartCollector(Runtime(), Settings with { Enabled = false });

        VirtualTime.Advance(Interval * 3);

        collector.Tell(StatsCollector.GetNodeStats.Instance, TestActor);
        Assert.Equal(0, ExpectMsg<NodeStatsSummary>().Version);
    }

    private IActorRef StartCollector(IContainerRuntime runtime, StatsSettings? settings = null) =>
        Sys.ActorOf(StatsCollector.Props(runtime, settings ?? Settings, "node-1", null, new FakeNodeReader(VirtualTime)));

    /// <summary>
    /// The containers above; each one's cumulative CPU grows at its rate on the virtual clock from its
    /// start, and its working set is 1000 bytes per quarter core. <paramref name="fail"/> cannot be sampled.
    /// </summary>
    private ScriptedRuntime Runtime(string? fail = null)
    {
        var start = VirtualTime.GetUtcNow();
        return new ScriptedRuntime
        {
            Containers = () => _containers,
            Stats = (id, _) =>
            {
                if (id == fail)
                {
                    throw new InvalidOperationException("stats unavailable");
                }

                var now = VirtualTime.GetUtcNow();
                var cores = _cores[id];
                var cpu = (ulong)((now - start).Ticks * 100 * cores);
                return Task.FromResult(Sample(id, now, cpu, (ulong)(cores * 4_000)));
            },
        };
    }
}

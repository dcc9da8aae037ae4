using Orchestrator.Actors.Cluster.Singleton;
using Orchestrator.Actors.TestKit.MultiNode;
using Xunit;
using Xunit.Abstractions;
using static Orchestrator.Actors.Tests.Remote.RemoteTestMessages;
using TestProbe = Orchestrator.Actors.TestKit.TestProbe;

namespace Orchestrator.Actors.Tests.Cluster.Singleton;

public sealed class ClusterSingletonTests(ITestOutputHelper output) : ClusterTestBase(output)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    [Fact]
    public void The_singleton_runs_exactly_once_on_the_oldest_member()
    {
        var nodes = StartCluster(3);
        var reporter = CreateTestProbe();

        StartManagers(nodes, reporter);

        Assert.Equal(new SingletonReport("started", nodes[0].Address), reporter.ExpectMsg<SingletonReport>(Patience));
        reporter.ExpectNoMsg(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void The_singleton_is_handed_over_when_its_node_leaves_and_the_proxy_delivers_throughout()
    {
        var (nodes, reporter, proxy) = StartSingletonWithProxy();

        var next = NextOldest(nodes);
        ClusterNodeOf(nodes[0]).Leave(nodes[0].Address);
        var during = Enumerable.Range(1, 5).Select(i => $"during-{i}").ToList();
        during.ForEach(text => proxy.Tell(new Ping(text), ActorRefs.NoSender));

        var reports = ReportsUntil(reporter, r => r is { Event: "started" } && r.Node.Equals(next));
        Assert.Contains(new SingletonReport("stopped", nodes[0].Address), reports);
        Assert.True(reports.FindIndex(r => r.Event == "stopped") < reports.FindIndex(r => r.Event == "started"), "stopped before started again");
        proxy.Tell(new Ping("after"), ActorRefs.NoSender);
        reports.AddRange(ReportsUntil(reporter, r => r is { Event: "ping", Text: "after" }));
        Assert.Equal(next, reports.Last().Node);
        Assert.Equal(during, reports.Where(r => r.Event == "ping" && r.Text!.StartsWith("during", StringComparison.Ordinal)).Select(r => r.Text));
        AwaitTerminated(nodes[0]);
    }

    [Fact]
    public void The_singleton_is_taken_over_when_its_node_crashes_and_buffered_messages_arrive()
    {
        var (nodes, reporter, proxy) = StartSingletonWithProxy();

        var next = NextOldest(nodes);
        var unreachable = Subscribe(nodes[2], typeof(Orchestrator.Actors.Cluster.ClusterEvent.UnreachableMember));
        Crash(nodes[0]);
        unreachable.FishForMessage<Orchestrator.Actors.Cluster.ClusterEvent.UnreachableMember>(e => e.Member.Address.Equals(nodes[0].Address), Patience);
        proxy.Tell(new Ping("during"), ActorRefs.NoSender);

        var reports = ReportsUntil(reporter, r => r is { Event: "ping", Text: "during" });
        Assert.Equal(new SingletonReport("started", next), reports.Single(r => r.Event == "started"));
        Assert.Equal(new SingletonReport("ping", next, "during"), reports[^1]);
        reporter.ExpectNoMsg(Quiet);
    }

    /// <summary>Three nodes with managers, the singleton on the first (oldest), and a proxy on the third that has reached it.</summary>
    private (IReadOnlyList<TestNode> Nodes, TestProbe Reporter, IActorRef Proxy) StartSingletonWithProxy()
    {
        var nodes = StartCluster(3);
        var reporter = CreateTestProbe();
        StartManagers(nodes, reporter);
        reporter.ExpectMsg(new SingletonReport("started", nodes[0].Address), Patience);
        var proxy = StartProxy(nodes[2]);
        proxy.Tell(new Ping("before"), ActorRefs.NoSender);
        reporter.ExpectMsg(new SingletonReport("ping", nodes[0].Address, "before"), Patience);
        return (nodes, reporter, proxy);
    }

    /// <summary>The member that is oldest once <c>nodes[0]</c> (the oldest) is gone.</summary>
    private static Address NextOldest(IReadOnlyList<TestNode> nodes) =>
        ClusterOf(nodes[1]).State.Members.Where(m => !m.Address.Equals(nodes[0].Address)).Min(Orchestrator.Actors.Cluster.Member.AgeOrdering)!.Address;

    private static Orchestrator.Actors.Cluster.Cluster ClusterNodeOf(TestNode node) => ClusterOf(node);

    private static void StartManagers(IEnumerable<TestNode> nodes, TestProbe reporter)
    {
        foreach (var node in nodes)
        {
            var settings = ClusterSingletonManagerSettings.Create(node.System).WithHandOverRetryInterval(TimeSpan.FromMilliseconds(200));
            node.System.ActorOf(ClusterSingletonManager.Props(Props.Create(() => new ReportingSingleton(reporter.Ref)), PoisonPill.Instance, settings), "manager");
        }
    }

    private static IActorRef StartProxy(TestNode node) =>
        node.System.ActorOf(ClusterSingletonProxy.Props("/user/manager",
            ClusterSingletonProxySettings.Create(node.System).WithSingletonIdentificationInterval(TimeSpan.FromMilliseconds(200))), "proxy");

    private static List<SingletonReport> ReportsUntil(TestProbe reporter, Predicate<SingletonReport> last)
    {
        var reports = new List<SingletonReport>();
        reporter.FishForMessage<SingletonReport>(r =>
        {
            reports.Add(r);
            return last(r);
        }, Patience);
        return reports;
    }
}

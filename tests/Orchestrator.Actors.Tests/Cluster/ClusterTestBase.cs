using Orchestrator.Actors.Cluster;
using Orchestrator.Actors.TestKit.MultiNode;
using Xunit;
using Xunit.Abstractions;
using ActorTestKit = Orchestrator.Actors.TestKit.TestKit;
using ClusterNode = Orchestrator.Actors.Cluster.Cluster;
using TestProbe = Orchestrator.Actors.TestKit.TestProbe;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary>
/// Cluster nodes on loopback (several actor systems in this process, with the failure injector) and fast
/// intervals: gossip, leader actions and heartbeats every 200 ms, a 1 s acceptable heartbeat pause,
/// and a split-brain resolver (keep-majority) that decides after 1 s of stability.
/// </summary>
public abstract class ClusterTestBase : ActorTestKit
{
    /// <summary>Long enough for joins, convergence and failure detection on a busy 2-core machine.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    protected const string FastCluster = """
        orch.actor.provider = cluster
        orch.remote.reconnect-backoff.min = 50ms
        orch.remote.reconnect-backoff.max = 200ms
        orch.coordinated-shutdown.run-by-clr-shutdown-hook = off
        orch.cluster.gossip-interval = 200ms
        orch.cluster.leader-actions-interval = 200ms
        orch.cluster.unreachable-nodes-reaper-interval = 200ms
        orch.cluster.seed-node-timeout = 1s
        orch.cluster.retry-unsuccessful-join-after = 1s
        orch.cluster.failure-detector.heartbeat-interval = 200ms
        orch.cluster.failure-detector.acceptable-heartbeat-pause = 1s
        orch.cluster.failure-detector.expected-response-after = 500ms
        orch.cluster.split-brain-resolver.stable-after = 1s
        orch.remote.watch-failure-detector.heartbeat-interval = 200ms
        orch.remote.watch-failure-detector.acceptable-heartbeat-pause = 1s
        """;

    protected ClusterTestBase(ITestOutputHelper output, string? config = null)
        : base(output)
    {
        Harness = new MultiNodeHarness(FastCluster + "\n" + (config ?? string.Empty), Remote.RemoteTestMessages.Register);
    }

    protected MultiNodeHarness Harness { get; }

    protected static ClusterNode ClusterOf(TestNode node) => ClusterNode.Get(node.System);

    /// <summary>Starts a node that forms a new cluster by joining itself.</summary>
    protected TestNode StartFirstNode(string name = "node1", string? config = null)
    {
        var node = Harness.StartNode(name, config: config);
        ClusterOf(node).Join(node.Address);
        return node;
    }

    /// <summary>Starts a node whose configured seed is <paramref name="seed"/>: it joins at start.</summary>
    protected TestNode StartJoiningNode(string name, TestNode seed, int port = 0, string? config = null) =>
        Harness.StartNode(name, port: port, config: $"orch.cluster.seed-nodes = [\"{seed.Address}\"]\n" + (config ?? string.Empty));

    /// <summary>Starts <paramref name="count"/> nodes (the first one oldest) and waits until all see them Up.</summary>
    protected IReadOnlyList<TestNode> StartCluster(int count = 3, string? config = null)
    {
        var first = StartFirstNode(config: config);
        var nodes = new List<TestNode> { first };

        // Up numbers give age; members moved Up in the same round are ordered by address, so the first node
        // is made Up alone to be the oldest.
        AwaitMembersUp(nodes, 1);
        for (var i = 2; i <= count; i++)
        {
            nodes.Add(StartJoiningNode($"node{i}", first, config: config));
        }

        AwaitMembersUp(nodes, count);
        return nodes;
    }

    /// <summary>Waits until every node in <paramref name="observers"/> sees exactly <paramref name="count"/> members, all Up.</summary>
    protected void AwaitMembersUp(IEnumerable<TestNode> observers, int count) =>
        AwaitAssert(() =>
        {
            foreach (var node in observers)
            {
                var members = ClusterOf(node).State.Members;
                Assert.Equal(count, members.Count);
                Assert.All(members, m => Assert.Equal(MemberStatus.Up, m.Status));
            }
        }, Patience);

    /// <summary>Waits until no node in <paramref name="observers"/> has a member at <paramref name="gone"/>'s address.</summary>
    protected void AwaitRemoved(IEnumerable<TestNode> observers, Address gone) =>
        AwaitAssert(() =>
        {
            foreach (var node in observers)
            {
                Assert.DoesNotContain(ClusterOf(node).State.Members, m => m.Address.Equals(gone));
            }
        }, Patience);

    /// <summary>Waits until <paramref name="node"/>'s actor system has terminated.</summary>
    protected void AwaitTerminated(TestNode node) =>
        AwaitCondition(() => node.System.WhenTerminated.IsCompleted, Patience, $"{node.Name}'s actor system terminates");

    /// <summary>
    /// A probe that receives every log event of <paramref name="node"/> at or above Information. It lives in the
    /// test's own system, so that it keeps what it got when <paramref name="node"/> terminates.
    /// </summary>
    protected TestProbe LogProbe(TestNode node)
    {
        var probe = CreateTestProbe();
        node.System.EventStream.Subscribe(probe.Ref, typeof(Orchestrator.Actors.Event.LogEvent));
        return probe;
    }

    /// <summary>A probe on <paramref name="node"/> subscribed to the given cluster events (initial state as events).</summary>
    protected static TestProbe Subscribe(TestNode node, params Type[] events)
    {
        var probe = new TestProbe(node.System);
        ClusterOf(node).Subscribe(probe.Ref, ClusterEvent.SubscriptionInitialStateMode.InitialStateAsEvents, events);
        return probe;
    }

    /// <summary>Simulates a crash of <paramref name="victim"/>: the others stop hearing from it, then it stops.</summary>
    protected void Crash(TestNode victim)
    {
        foreach (var other in Harness.Nodes.Where(n => n != victim && !n.System.WhenTerminated.IsCompleted))
        {
            other.FailureInjector.Blackhole(victim.Address, Orchestrator.Actors.Remote.ThrottleDirection.Both);
            victim.FailureInjector.Blackhole(other.Address, Orchestrator.Actors.Remote.ThrottleDirection.Both);
        }

        // Without coordinated shutdown's cluster phases: a crashed node does not say goodbye.
        CoordinatedShutdown.Get(victim.System).Run(CoordinatedShutdown.UnknownReason.Instance, CoordinatedShutdown.PhaseBeforeActorSystemTerminate).Wait(Patience);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Harness.Dispose();
        }

        base.Dispose(disposing);
    }
}

using Orchestrator.Actors.Cluster;
using static Orchestrator.Actors.Tests.Cluster.Nodes;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary><see cref="HeartbeatNodeRing"/>: who monitors whom.</summary>
public sealed class HeartbeatNodeRingTests
{
    private static readonly UniqueAddress[] Twenty = [.. Enumerable.Range(1, 20).Select(n => Node(n))];

    [Fact]
    public void Every_node_is_monitored_by_the_configured_number_of_nodes()
    {
        var ring = new HeartbeatNodeRing(Twenty[0], Twenty, [], monitoredByNrOfMembers: 9);

        var monitors = Twenty.SelectMany(sender => ring.Receivers(sender)).GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Twenty, node => Assert.Equal(9, monitors[node]));
        Assert.All(Twenty, node => Assert.DoesNotContain(node, ring.Receivers(node)));
    }

    [Fact]
    public void Every_node_computes_the_same_receivers()
    {
        var mine = new HeartbeatNodeRing(Twenty[0], Twenty, [], 9);
        var theirs = new HeartbeatNodeRing(Twenty[7], Twenty.Reverse(), [], 9);

        Assert.All(Twenty, sender => Assert.True(mine.Receivers(sender).SetEquals(theirs.Receivers(sender))));
        Assert.True(theirs.MyReceivers.SetEquals(mine.Receivers(Twenty[7])));
    }

    [Fact]
    public void A_small_cluster_monitors_everyone_else()
    {
        var nodes = Twenty[..4];

        Assert.True(new HeartbeatNodeRing(nodes[0], nodes, [], 9).MyReceivers.SetEquals(nodes[1..]));
    }

    [Fact]
    public void Unreachable_nodes_on_the_way_are_kept_but_do_not_count()
    {
        var all = new HeartbeatNodeRing(Twenty[0], Twenty, [], 3);
        var first = all.MyReceivers;
        var withUnreachable = all.WithUnreachable(first.Take(1));

        var receivers = withUnreachable.MyReceivers;

        Assert.Equal(4, receivers.Count);
        Assert.True(receivers.IsSupersetOf(first));
        Assert.Equal(3, receivers.Count(n => !withUnreachable.Unreachable.Contains(n)));
    }

    [Fact]
    public void The_ring_must_contain_this_node()
    {
        Assert.Throws<ArgumentException>(() => new HeartbeatNodeRing(Node(99), Twenty, [], 9));
        Assert.Throws<ArgumentException>(() => new HeartbeatNodeRing(Twenty[0], Twenty, [], 9).Receivers(Node(99)));
    }
}

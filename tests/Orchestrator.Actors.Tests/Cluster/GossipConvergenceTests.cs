using Orchestrator.Actors.Cluster;
using static Orchestrator.Actors.Cluster.ClusterEvent;
using static Orchestrator.Actors.Tests.Cluster.Nodes;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary>
/// The pure pieces together, without a network: nodes join, exchange gossip round by round
/// (<see cref="MembershipState.ReceiveGossip"/>), the leader acts, and every view converges.
/// </summary>
public sealed class GossipConvergenceTests
{
    private readonly ClusterSimulation _cluster = new(new LeaderActions(minNrOfMembers: 1));

    [Fact]
    public void Three_nodes_join_through_different_members_and_converge_with_all_up()
    {
        _cluster.Start(Node(1), "seed");
        _cluster.Join(Node(2), through: Node(1), "worker");
        _cluster.RunRounds(3);
        _cluster.Join(Node(3), through: Node(2), "worker");

        _cluster.RunRounds(6);

        Assert.All(_cluster.Views.Values, view =>
        {
            Assert.True(view.Convergence());
            Assert.Equal([MemberStatus.Up, MemberStatus.Up, MemberStatus.Up], view.Members.Select(m => m.Status));
            Assert.Equal(Node(1), view.Leader);
            Assert.Equal(Node(2), view.RoleLeader("worker"));
        });
        Assert.Equal([1, 2, 3], _cluster.Views[Node(3)].Members.Select(m => m.UpNumber));
        Assert.Equal(
            [Node(1), Node(2), Node(3)],
            _cluster.Events(Node(3)).OfType<MemberUp>().Select(e => e.Member.UniqueAddress).Order());
    }

    [Fact]
    public void A_leaving_member_is_removed_everywhere()
    {
        _cluster.Start(Node(1));
        _cluster.Join(Node(2), through: Node(1));
        _cluster.Join(Node(3), through: Node(1));
        _cluster.RunRounds(6);

        _cluster.Change(Node(3), g => g.Update([g.GetMember(Node(3)).Copy(MemberStatus.Leaving)]));
        _cluster.RunRounds(8);

        Assert.All(new[] { Node(1), Node(2) }, node => Assert.Equal(2, _cluster.Views[node].Members.Count));
        var events = _cluster.Events(Node(2));
        Assert.Equal(MemberStatus.Exiting, Assert.Single(events.OfType<MemberRemoved>()).PreviousStatus);
        Assert.Contains(events, e => e is MemberLeft);
        Assert.Contains(events, e => e is MemberExited);
    }

    [Fact]
    public void Gossip_from_a_stranger_or_without_this_node_is_ignored()
    {
        _cluster.Start(Node(1));
        var view = _cluster.Views[Node(1)];

        Assert.Equal(GossipOutcome.Ignored, view.ReceiveGossip(Gossip.Create([Up(1), Up(9)]), Node(9)).Outcome);
        Assert.Equal(GossipOutcome.Ignored, view.ReceiveGossip(Gossip.Create([Up(9)]), Node(1)).Outcome);
    }

    [Fact]
    public void Older_gossip_is_answered_and_the_same_version_merges_seen_sets()
    {
        var start = new MembershipState(Gossip.Create([Up(1), Up(2)]), Node(1));
        var newer = start.Update(start.LatestGossip);

        var older = newer.ReceiveGossip(start.LatestGossip, Node(2));
        var same = newer.ReceiveGossip(newer.LatestGossip.OnlySeen(Node(2)), Node(2));

        Assert.Equal(GossipOutcome.Older, older.Outcome);
        Assert.True(older.Talkback);
        Assert.Equal(GossipOutcome.Same, same.Outcome);
        Assert.True(same.State.LatestGossip.SeenBy.SetEquals([Node(1), Node(2)]));
        Assert.True(same.Talkback);
        Assert.False(newer.ReceiveGossip(newer.LatestGossip.Seen(Node(2)), Node(2)).Talkback);
    }
}

using Orchestrator.Actors.Cluster;
using static Orchestrator.Actors.Cluster.ClusterEvent;
using static Orchestrator.Actors.Tests.Cluster.Nodes;
using ClusterMember = Orchestrator.Actors.Cluster.Member;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary>
/// The pure pieces together, without a network: nodes join, exchange gossip round by round
/// (<see cref="MembershipState.ReceiveGossip"/>), the leader acts, and every view converges.
/// </summary>
public sealed class GossipConvergenceTests
{
    private static readonly LeaderActions Leader = new(minNrOfMembers: 1);
    private readonly Dictionary<UniqueAddress, MembershipState> _views = [];
    private readonly Dictionary<UniqueAddress, List<IClusterDomainEvent>> _events = [];

    [Fact]
    public void Three_nodes_join_through_different_members_and_converge_with_all_up()
    {
        Start(Node(1), "seed");
        Join(Node(2), through: Node(1), "worker");
        RunRounds(3);
        Join(Node(3), through: Node(2), "worker");

        RunRounds(6);

        Assert.All(_views.Values, view =>
        {
            Assert.True(view.Convergence());
            Assert.Equal([MemberStatus.Up, MemberStatus.Up, MemberStatus.Up], view.Members.Select(m => m.Status));
            Assert.Equal(Node(1), view.Leader);
            Assert.Equal(Node(2), view.RoleLeader("worker"));
        });
        Assert.Equal([1, 2, 3], _views[Node(3)].Members.Select(m => m.UpNumber));
        Assert.Equal(
            [Node(1), Node(2), Node(3)],
            _events[Node(3)].OfType<MemberUp>().Select(e => e.Member.UniqueAddress).Order());
    }

    [Fact]
    public void A_leaving_member_is_removed_everywhere()
    {
        Start(Node(1));
        Join(Node(2), through: Node(1));
        Join(Node(3), through: Node(1));
        RunRounds(6);

        var leaving = _views[Node(3)];
        Set(leaving.Update(leaving.LatestGossip.Update([leaving.SelfMember.Copy(MemberStatus.Leaving)])));
        RunRounds(8);

        Assert.All(new[] { Node(1), Node(2) }, node => Assert.Equal(2, _views[node].Members.Count));
        var removed = Assert.Single(_events[Node(2)].OfType<MemberRemoved>());
        Assert.Equal(MemberStatus.Exiting, removed.PreviousStatus);
        Assert.Contains(_events[Node(2)], e => e is MemberLeft);
        Assert.Contains(_events[Node(2)], e => e is MemberExited);
    }

    [Fact]
    public void Gossip_from_a_stranger_or_without_this_node_is_ignored()
    {
        Start(Node(1));
        var stranger = new MembershipState(Gossip.Create([Up(1), Up(9)]), Node(9));

        Assert.Equal(GossipOutcome.Ignored, _views[Node(1)].ReceiveGossip(stranger.LatestGossip, Node(9)).Outcome);
        Assert.Equal(GossipOutcome.Ignored, _views[Node(1)].ReceiveGossip(Gossip.Create([Up(9)]), Node(1)).Outcome);
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

    private void Start(UniqueAddress node, params string[] roles)
    {
        _events[node] = [];
        var empty = new MembershipState(Gossip.Empty, node);
        _views[node] = empty;
        Set(empty.Update(Gossip.Create([ClusterMember.Create(node, roles)])));
    }

    /// <summary>The contact adds the joining node; the joining node is welcomed with the contact's gossip.</summary>
    private void Join(UniqueAddress node, UniqueAddress through, params string[] roles)
    {
        var contact = _views[through];
        Set(contact.Update(contact.LatestGossip.Update([ClusterMember.Create(node, roles)])));
        _events[node] = [];
        _views[node] = new MembershipState(Gossip.Empty, node);
        Set(new MembershipState(_views[through].LatestGossip.Seen(node), node));
    }

    /// <summary>Each round every node gossips to every other node, then every node runs leader actions.</summary>
    private void RunRounds(int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            foreach (var sender in _views.Keys.Order().ToList())
            {
                foreach (var receiver in _views.Keys.Where(n => n != sender).Order().ToList())
                {
                    Set(_views[receiver].ReceiveGossip(_views[sender].LatestGossip, sender).State);
                }
            }

            foreach (var node in _views.Keys.Order().ToList())
            {
                var result = Leader.Run(_views[node], nowMillis: round);
                if (result.HasChanges)
                {
                    Set(_views[node] with { LatestGossip = result.Gossip });
                }
            }
        }
    }

    private void Set(MembershipState next)
    {
        var node = next.SelfUniqueAddress;
        _events[node].AddRange(Diff(_views[node], next));
        _views[node] = next;
    }
}

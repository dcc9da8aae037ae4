using Orchestrator.Actors.Cluster;
using static Orchestrator.Actors.Tests.Cluster.Nodes;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary><see cref="MembershipState"/>: convergence, leader and role leaders, gossip targets.</summary>
public sealed class MembershipStateTests
{
    [Fact]
    public void Converges_when_every_up_and_leaving_member_has_seen_the_gossip()
    {
        var gossip = Gossip.Create([Up(1), Member(2, MemberStatus.Leaving, 2), Joining(3)]).Seen(Node(1));

        Assert.False(State(gossip, 1).Convergence());
        Assert.True(State(gossip.Seen(Node(2)), 1).Convergence());
    }

    [Fact]
    public void An_unreachable_up_member_stops_convergence()
    {
        var gossip = SeenByAll(Up(1), Up(2), Up(3));

        var split = gossip.WithReachability(Reachability.Empty.Unreachable(Node(1), Node(3)));

        Assert.True(State(gossip, 1).Convergence());
        Assert.False(State(split, 1).Convergence());
    }

    [Theory]
    [InlineData(MemberStatus.Down)]
    [InlineData(MemberStatus.Exiting)]
    public void Unreachable_down_or_exiting_members_do_not_stop_convergence(MemberStatus status)
    {
        var gossip = SeenByAll(Up(1), Up(2)).Update([Member(3, status, 3)])
            .WithReachability(Reachability.Empty.Unreachable(Node(1), Node(3)));

        Assert.True(State(gossip, 1).Convergence());
    }

    [Fact]
    public void Observations_of_a_down_member_do_not_count_and_a_confirmed_exiting_member_need_not_have_seen()
    {
        var gossip = SeenByAll(Up(1), Up(2)).Update([Member(3, MemberStatus.Down, 3)])
            .WithReachability(Reachability.Empty.Unreachable(Node(3), Node(2)));
        var leaving = Gossip.Create([Up(1), Member(2, MemberStatus.Leaving, 2)]).Seen(Node(1));

        Assert.True(State(gossip, 1).Convergence());
        Assert.True(State(leaving, 1).Convergence(new HashSet<UniqueAddress> { Node(2) }));
    }

    [Fact]
    public void The_leader_is_the_first_reachable_up_or_leaving_member_by_address()
    {
        var gossip = SeenByAll(Joining(1), Member(2, MemberStatus.Down, 2), Up(3), Member(4, MemberStatus.Leaving, 4));

        Assert.Equal(Node(3), State(gossip, 4).Leader);
        Assert.True(State(gossip, 4).IsLeader(Node(3)));
        var unreachable3 = gossip.WithReachability(Reachability.Empty.Unreachable(Node(4), Node(3)));
        Assert.Equal(Node(4), State(unreachable3, 4).Leader);
        Assert.Equal(Node(3), State(unreachable3, 3).Leader);
    }

    [Fact]
    public void A_cluster_of_joining_members_is_led_by_the_first_of_them()
    {
        Assert.Equal(Node(1), State(Gossip.Create([Joining(2), Joining(1)]), 2).Leader);
        Assert.Null(State(Gossip.Create([Member(1, MemberStatus.Down, 1)]), 2).Leader);
    }

    [Fact]
    public void Each_role_has_its_own_leader()
    {
        var gossip = SeenByAll(Up(1, "worker"), Up(2, "seed"), Up(3, "seed", "worker"));
        var state = State(gossip, 1);

        Assert.Equal(Node(2), state.RoleLeader("seed"));
        Assert.Equal(Node(1), state.RoleLeader("worker"));
        Assert.Null(state.RoleLeader("console"));
        Assert.Equal(["seed", "worker"], state.RoleLeaders.Keys);
    }

    [Fact]
    public void Gossip_goes_to_reachable_other_nodes_preferring_those_that_have_not_seen_it()
    {
        var gossip = Gossip.Create([Up(1), Up(2), Up(3), Up(4)]).Seen(Node(1)).Seen(Node(2))
            .WithReachability(Reachability.Empty.Unreachable(Node(1), Node(4)));
        var state = State(gossip, 1);

        Assert.Equal([Node(3)], state.GossipTargets(preferNodesWithDifferentView: true).AsEnumerable());
        Assert.Equal([Node(2), Node(3)], state.GossipTargets(preferNodesWithDifferentView: false).AsEnumerable());
        Assert.False(state.ValidNodeForGossip(Node(1)));
        Assert.Equal(Node(3), new GossipTargetSelector(new FixedRandom(0.1)).SelectTarget(state));
    }

    [Fact]
    public void Large_clusters_prefer_a_different_view_less_often()
    {
        var selector = new GossipTargetSelector(new Random(1));

        Assert.Equal(0.8, selector.AdjustedGossipDifferentViewProbability(10));
        Assert.Equal(0.44, selector.AdjustedGossipDifferentViewProbability(800), 3);
        Assert.Equal(0.08, selector.AdjustedGossipDifferentViewProbability(5000), 3);
    }

    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;

        public override int Next(int maxValue) => 0;
    }
}

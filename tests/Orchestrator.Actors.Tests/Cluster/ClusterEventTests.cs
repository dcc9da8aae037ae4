using Orchestrator.Actors.Cluster;
using ClusterMember = Orchestrator.Actors.Cluster.Member;
using static Orchestrator.Actors.Cluster.ClusterEvent;
using static Orchestrator.Actors.Tests.Cluster.Nodes;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary><see cref="ClusterEvent"/>'s diffs: the events between two views, in Akka's order; the snapshot.</summary>
public sealed class ClusterEventTests
{
    [Fact]
    public void Member_events_follow_the_new_statuses_with_removals_first()
    {
        var before = State(SeenByAll(Up(1), Joining(2), Up(3), Up(4), Member(5, MemberStatus.Exiting, 5)), 1);
        var after = State(SeenByAll(Up(1), Up(2), Member(3, MemberStatus.Leaving, 3), Member(4, MemberStatus.Down, 4), Joining(6)), 1);

        var events = DiffMemberEvents(before, after);

        Assert.Equal(
            [
                new MemberRemoved(Member(5, MemberStatus.Removed, 5), MemberStatus.Exiting),
                new MemberUp(Up(2)),
                new MemberLeft(Member(3, MemberStatus.Leaving, 3)),
                new MemberDowned(Member(4, MemberStatus.Down, 4)),
                new MemberJoined(Joining(6)),
            ],
            events.Cast<object>());
        Assert.Equal(MemberStatus.Exiting, ((MemberRemoved)events[0]).PreviousStatus);
        Assert.Equal(MemberStatus.Removed, events[0].Member.Status);
    }

    [Fact]
    public void A_node_rejoining_under_a_new_uid_is_removed_before_it_joins()
    {
        var before = State(SeenByAll(Up(1), Up(2)), 1);
        var after = State(SeenByAll(Up(1)).Update([ClusterMember.Create(Node(2, uid: 2), [])]), 1);

        var events = DiffMemberEvents(before, after);

        Assert.IsType<MemberRemoved>(events[0]);
        Assert.Equal(Node(2, uid: 2), Assert.IsType<MemberJoined>(events[1]).Member.UniqueAddress);
    }

    [Fact]
    public void Unreachable_and_reachable_events_concern_other_nodes_only()
    {
        var members = SeenByAll(Up(1), Up(2), Up(3));
        var split = members.WithReachability(Reachability.Empty.Unreachable(Node(2), Node(1)).Unreachable(Node(2), Node(3)));
        var healed = split.WithReachability(split.Overview.Reachability.Reachable(Node(2), Node(3)));

        Assert.Equal([new UnreachableMember(Up(3))], DiffUnreachable(State(members, 1), State(split, 1)).AsEnumerable());
        Assert.Empty(DiffUnreachable(State(split, 1), State(split, 1)));
        Assert.Equal([new ReachableMember(Up(3))], DiffReachable(State(split, 1), State(healed, 1)).AsEnumerable());
    }

    [Fact]
    public void Leader_and_role_leader_changes_are_reported()
    {
        var before = State(SeenByAll(Up(1, "seed"), Up(2, "worker"), Up(3, "worker")), 3);
        var after = State(SeenByAll(Up(2, "worker"), Up(3, "worker")), 3);

        Assert.Equal([new LeaderChanged(Node(2).Address)], DiffLeader(before, after).AsEnumerable());
        Assert.Equal([new RoleLeaderChanged("seed", null)], DiffRolesLeader(before, after).AsEnumerable());
        Assert.Empty(DiffLeader(after, after));
    }

    [Fact]
    public void The_whole_diff_comes_in_akkas_publishing_order()
    {
        var empty = State(Gossip.Empty, 1);
        var joined = State(Gossip.Create([Up(1, "seed")]).Seen(Node(1)), 1);

        var events = Diff(empty, joined);

        Assert.Collection(events,
            e => Assert.IsType<MemberUp>(e),
            e => Assert.Equal(new LeaderChanged(Node(1).Address), e),
            e => Assert.Equal(new RoleLeaderChanged("seed", Node(1).Address), e),
            e => Assert.True(Assert.IsType<SeenChanged>(e).Convergence));
    }

    [Fact]
    public void The_snapshot_lists_members_unreachable_others_seen_by_and_leaders()
    {
        var gossip = SeenByAll(Up(1, "seed"), Up(2, "worker"))
            .WithReachability(Reachability.Empty.Unreachable(Node(2), Node(1)));

        var state = CurrentClusterState.From(State(gossip, 1));

        Assert.Equal(2, state.Members.Count);
        Assert.Empty(state.Unreachable);
        Assert.Equal(2, state.SeenBy.Count);
        Assert.Equal(Node(1).Address, state.Leader);
        Assert.Equal(Node(2).Address, state.RoleLeader("worker"));
        Assert.Equal([Node(1).Address], CurrentClusterState.From(State(gossip, 2)).Unreachable.Select(m => m.Address));
    }

    [Fact]
    public void Member_events_refuse_a_member_in_another_status()
    {
        Assert.Throws<ArgumentException>(() => new MemberUp(Joining(1)));
    }

    [Fact]
    public void The_initial_state_as_events_leads_from_an_empty_cluster_to_the_current_one()
    {
        var state = State(SeenByAll(Up(1), Member(2, MemberStatus.Leaving, 2), Joining(3)).WithReachability(Reachability.Empty.Unreachable(Node(1), Node(3))), 1);

        var events = InitialStateAsEvents(state);

        Assert.Equal([typeof(MemberUp), typeof(MemberLeft), typeof(MemberJoined), typeof(UnreachableMember), typeof(LeaderChanged), typeof(SeenChanged)], events.Select(e => e.GetType()));
    }
}

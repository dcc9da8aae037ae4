using Orchestrator.Actors.Cluster;
using static Orchestrator.Actors.Tests.Cluster.Nodes;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary><see cref="LeaderActions"/>: Joining → Up on convergence with minimum sizes, the leave path, removal of downed members.</summary>
public sealed class LeaderActionsTests
{
    private static readonly LeaderActions Actions = new(minNrOfMembers: 1);

    [Fact]
    public void Moves_joining_members_up_on_convergence_with_up_numbers_after_the_youngest()
    {
        var gossip = SeenByAll(Up(1), Member(2, MemberStatus.Up, upNumber: 4), Joining(3), Joining(5));

        var result = Actions.Run(State(gossip, 1), nowMillis: 0);

        Assert.Equal([(Node(3), 5), (Node(5), 6)], result.Changed.Select(m => (m.UniqueAddress, m.UpNumber)));
        Assert.All(result.Gossip.Members, m => Assert.Equal(MemberStatus.Up, m.Status));
        Assert.Equal([Node(1)], result.Gossip.SeenBy);
        Assert.True(result.Gossip.Version.IsAfter(gossip.Version));
    }

    [Fact]
    public void The_first_member_of_a_new_cluster_gets_up_number_one()
    {
        var result = Actions.Run(State(SeenByAll(Joining(1)), 1), 0);

        Assert.Equal(1, Assert.Single(result.Changed).UpNumber);
    }

    [Fact]
    public void Does_nothing_without_convergence()
    {
        var gossip = Gossip.Create([Up(1), Up(2), Joining(3)]).Seen(Node(1));

        var result = Actions.Run(State(gossip, 1), 0);

        Assert.False(result.HasChanges);
        Assert.Same(gossip, result.Gossip);
    }

    [Fact]
    public void Does_nothing_on_a_node_that_is_not_the_leader()
    {
        var gossip = SeenByAll(Up(1), Up(2), Joining(3));

        Assert.False(Actions.Run(State(gossip, 2), 0).HasChanges);
    }

    [Fact]
    public void Waits_for_min_nr_of_members_overall_and_per_role()
    {
        var two = SeenByAll(Joining(1, "seed"), Joining(2, "worker"));
        var threeWorkers = new LeaderActions(minNrOfMembers: 2, new Dictionary<string, int> { ["worker"] = 2 });

        Assert.False(new LeaderActions(3).Run(State(two, 1), 0).HasChanges);
        Assert.False(threeWorkers.Run(State(two, 1), 0).HasChanges);
        var enough = SeenByAll(Joining(1, "seed"), Joining(2, "worker"), Joining(3, "worker"));
        Assert.Equal(3, threeWorkers.Run(State(enough, 1), 0).Changed.Length);
    }

    [Fact]
    public void Takes_a_leaving_member_through_exiting_to_removed()
    {
        var leaving = SeenByAll(Up(1), Member(2, MemberStatus.Leaving, 2));

        var exiting = Actions.Run(State(leaving, 1), 0);
        Assert.Equal(MemberStatus.Exiting, Assert.Single(exiting.Changed).Status);
        Assert.False(Actions.Run(State(exiting.Gossip, 1), 0).HasChanges);

        var seen = exiting.Gossip.Seen(Node(2));
        var removed = Actions.Run(State(seen, 1), nowMillis: 500);

        Assert.Equal(MemberStatus.Exiting, Assert.Single(removed.Removed).Status);
        Assert.Equal([Node(1)], removed.Gossip.Members.Select(m => m.UniqueAddress));
        Assert.Equal(500, removed.Gossip.Tombstones[Node(2)]);
    }

    [Fact]
    public void A_confirmed_exiting_member_is_removed_without_having_seen()
    {
        var gossip = SeenByAll(Up(1)).Update([Member(2, MemberStatus.Exiting, 2)]);

        Assert.False(Actions.Run(State(gossip, 1), 0).HasChanges);
        Assert.Single(Actions.Run(State(gossip, 1), 0, new HashSet<UniqueAddress> { Node(2) }).Removed);
    }

    [Fact]
    public void Removes_a_downed_unreachable_member_once_the_others_converge()
    {
        var gossip = SeenByAll(Up(1), Up(2)).Update([Member(3, MemberStatus.Down, 3)])
            .WithReachability(Reachability.Empty.Unreachable(Node(1), Node(3)));

        var result = Actions.Run(State(gossip, 1), 0);

        Assert.Equal(Node(3), Assert.Single(result.Removed).UniqueAddress);
        Assert.False(result.Gossip.HasMember(Node(3)));
        Assert.True(result.Gossip.Overview.Reachability.IsAllReachable);
        Assert.False(Actions.Run(State(gossip.Update([Up(2)]).WithReachability(Reachability.Empty.Unreachable(Node(1), Node(2))), 1), 0).HasChanges);
    }
}

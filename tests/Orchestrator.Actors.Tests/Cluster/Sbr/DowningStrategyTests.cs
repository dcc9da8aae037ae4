using Orchestrator.Actors.Cluster;
using Orchestrator.Actors.Cluster.Sbr;
using static Orchestrator.Actors.Tests.Cluster.Nodes;

namespace Orchestrator.Actors.Tests.Cluster.Sbr;

/// <summary>The split-brain resolver's strategies on clean splits, ties, roles, edge cases and partial partitions.</summary>
public sealed class DowningStrategyTests
{
    /// <summary>Nodes 1..<paramref name="count"/> Up (node n has up number n, so node 1 is the oldest).</summary>
    private static Member[] Cluster(int count, Func<int, string[]>? roles = null) =>
        [.. Enumerable.Range(1, count).Select(n => Up(n, roles?.Invoke(n) ?? []))];

    private static SplitBrainView View(IEnumerable<Member> members, params int[] unreachable) =>
        SplitBrainView.Create(members, unreachable.Select(n => Node(n)));

    private static UniqueAddress[] N(params int[] nodes) => [.. nodes.Select(n => Node(n))];

    [Theory]
    [InlineData(3, new[] { 3 }, DowningDecision.DownUnreachable)]
    [InlineData(3, new[] { 2, 3 }, DowningDecision.DownReachable)]
    [InlineData(5, new[] { 4, 5 }, DowningDecision.DownUnreachable)]
    [InlineData(5, new[] { 1, 2, 3 }, DowningDecision.DownReachable)]
    public void Keep_majority_keeps_the_larger_side(int size, int[] unreachable, DowningDecision expected)
    {
        Assert.Equal(expected, new KeepMajority().Decide(View(Cluster(size), unreachable)));
    }

    [Fact]
    public void Keep_majority_downs_the_minority_on_both_sides_of_a_3_2_split()
    {
        var members = Cluster(5);

        var majority = new KeepMajority().Resolve(View(members, 4, 5));
        var minority = new KeepMajority().Resolve(View(members, 1, 2, 3));

        Assert.True(majority.NodesToDown.SetEquals(N(4, 5)));
        Assert.True(minority.NodesToDown.SetEquals(N(4, 5)));
        Assert.True(minority.DownsSelf(Node(4)));
        Assert.False(majority.DownsSelf(Node(1)));
    }

    [Fact]
    public void Keep_majority_breaks_a_tie_by_keeping_the_side_with_the_lowest_address()
    {
        var members = Cluster(4);

        Assert.Equal(DowningDecision.DownUnreachable, new KeepMajority().Decide(View(members, 3, 4)));
        Assert.Equal(DowningDecision.DownReachable, new KeepMajority().Decide(View(members, 1, 2)));
    }

    [Fact]
    public void Keep_majority_with_a_role_counts_only_members_with_it()
    {
        var members = Cluster(5, n => n <= 2 ? ["seed"] : ["worker"]);

        var outcome = new KeepMajority("seed").Resolve(View(members, 3, 4, 5));

        Assert.Equal(DowningDecision.DownUnreachable, outcome.Decision);
        Assert.True(outcome.NodesToDown.SetEquals(N(3, 4, 5)));
        Assert.Equal(DowningDecision.DownAll, new KeepMajority("console").Decide(View(members, 5)));
    }

    [Fact]
    public void Keep_majority_downs_all_when_joining_members_on_the_other_side_could_make_it_the_majority()
    {
        Member[] members = [Up(1), Up(2), Up(3), Joining(4), Joining(5)];

        Assert.Equal(DowningDecision.DownAll, new KeepMajority().Decide(View(members, 3, 4, 5)));
        Assert.Equal(DowningDecision.DownUnreachable, new KeepMajority().Decide(View(members, 3)));
    }

    [Fact]
    public void Static_quorum_keeps_a_side_with_the_quorum_and_downs_a_side_without()
    {
        var members = Cluster(5);
        var strategy = new StaticQuorum(quorumSize: 3);

        Assert.Equal(DowningDecision.DownUnreachable, strategy.Decide(View(members, 4, 5)));
        Assert.Equal(DowningDecision.DownReachable, strategy.Decide(View(members, 1, 2, 3)));
        Assert.Equal(DowningDecision.DownReachable, new StaticQuorum(4).Decide(View(members, 5, 4)));
    }

    [Fact]
    public void Static_quorum_downs_all_when_the_cluster_outgrew_twice_the_quorum()
    {
        Assert.Equal(DowningDecision.DownAll, new StaticQuorum(3).Decide(View(Cluster(6), 6)));
        Assert.Equal(DowningDecision.DownUnreachable, new StaticQuorum(3, "seed").Decide(View(Cluster(6, n => n <= 3 ? ["seed"] : []), 6)));
    }

    [Fact]
    public void Keep_oldest_keeps_the_side_of_the_oldest_member()
    {
        var members = Cluster(5);

        Assert.Equal(DowningDecision.DownUnreachable, new KeepOldest().Decide(View(members, 3, 4, 5)));
        Assert.Equal(DowningDecision.DownReachable, new KeepOldest().Decide(View(members, 1, 2)));
    }

    [Fact]
    public void Keep_oldest_alone_downs_itself_when_down_if_alone()
    {
        var members = Cluster(3);

        Assert.Equal(DowningDecision.DownReachable, new KeepOldest(downIfAlone: true).Decide(View(members, 2, 3)));
        Assert.Equal(DowningDecision.DownUnreachable, new KeepOldest(downIfAlone: true).Decide(View(members, 1)));
        Assert.Equal(DowningDecision.DownUnreachable, new KeepOldest(downIfAlone: false).Decide(View(members, 2, 3)));
        Assert.Equal(DowningDecision.DownReachable, new KeepOldest(downIfAlone: false).Decide(View(members, 1)));
    }

    [Fact]
    public void Keep_oldest_in_a_two_node_split_keeps_the_oldest()
    {
        var members = Cluster(2);

        Assert.Equal(DowningDecision.DownUnreachable, new KeepOldest().Decide(View(members, 2)));
        Assert.Equal(DowningDecision.DownReachable, new KeepOldest().Decide(View(members, 1)));
    }

    [Fact]
    public void Nodes_that_see_each_other_unreachable_but_talk_through_others_are_downed()
    {
        var members = Cluster(3);
        var reachability = Reachability.Empty.Unreachable(Node(1), Node(2)).Unreachable(Node(2), Node(1));
        var view = SplitBrainView.Create(members, N(1, 2), reachability);

        var outcome = new KeepMajority().Resolve(view);

        Assert.Equal(DowningDecision.DownIndirectlyConnected, outcome.Decision);
        Assert.True(outcome.NodesToDown.SetEquals(N(1, 2)));
    }

    [Fact]
    public void A_partial_partition_with_a_crashed_node_downs_both_the_indirectly_connected_and_the_crashed()
    {
        var members = Cluster(5);
        var reachability = Reachability.Empty
            .Unreachable(Node(1), Node(2)).Unreachable(Node(2), Node(1))
            .Unreachable(Node(3), Node(5));
        var view = SplitBrainView.Create(members, N(1, 2, 5), reachability);

        Assert.True(new KeepMajority().Resolve(view).NodesToDown.SetEquals(N(1, 2, 5)));
    }

    [Fact]
    public void An_unreachable_node_that_has_seen_the_latest_gossip_is_indirectly_connected()
    {
        var members = Cluster(3);
        var view = SplitBrainView.Create(members, N(3), Reachability.Empty.Unreachable(Node(1), Node(3)), [Node(1).Address, Node(3).Address]);

        Assert.True(view.IndirectlyConnected.SetEquals(N(1, 3)));
    }

    [Fact]
    public void Members_already_down_or_exiting_are_not_downed_again()
    {
        Member[] members = [Up(1), Up(2), Member(3, MemberStatus.Down, 3), Up(4)];

        var outcome = new KeepMajority().Resolve(View(members, 3, 4));

        Assert.True(outcome.NodesToDown.SetEquals(N(4)));
        Assert.True(View([Up(1), Member(2, MemberStatus.Exiting, 2)], 2).IsAllUnreachableDownOrExiting);
    }

    [Fact]
    public void Down_all_downs_everybody()
    {
        Assert.True(new DownAllNodes().Resolve(View(Cluster(3), 3)).NodesToDown.SetEquals(N(1, 2, 3)));
    }
}

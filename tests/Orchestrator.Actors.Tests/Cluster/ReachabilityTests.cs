using Orchestrator.Actors.Cluster;
using static Orchestrator.Actors.Tests.Cluster.Nodes;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary><see cref="Reachability"/>: observations, aggregation, merge and removal.</summary>
public sealed class ReachabilityTests
{
    [Fact]
    public void A_subject_is_unreachable_when_any_observer_says_so()
    {
        var r = Reachability.Empty.Unreachable(Node(1), Node(3)).Reachable(Node(2), Node(3));

        Assert.False(r.IsReachable(Node(3)));
        Assert.False(r.IsReachable(Node(1), Node(3)));
        Assert.True(r.IsReachable(Node(2), Node(3)));
        Assert.Equal([Node(3)], r.AllUnreachable);
        Assert.Equal([Node(3)], r.AllUnreachableFrom(Node(1)));
        Assert.Empty(r.AllUnreachableFrom(Node(2)));
    }

    [Fact]
    public void Terminated_wins_over_unreachable_and_never_becomes_reachable()
    {
        var r = Reachability.Empty.Unreachable(Node(1), Node(3)).Terminated(Node(2), Node(3)).Reachable(Node(2), Node(3));

        Assert.Equal(ReachabilityStatus.Terminated, r.Status(Node(3)));
        Assert.Empty(r.AllUnreachable);
        Assert.Equal([Node(3)], r.AllUnreachableOrTerminated);
    }

    [Fact]
    public void An_observer_that_sees_everyone_again_has_no_rows_but_a_higher_version()
    {
        var r = Reachability.Empty.Unreachable(Node(1), Node(2)).Unreachable(Node(1), Node(3));

        var healed = r.Reachable(Node(1), Node(2)).Reachable(Node(1), Node(3));

        Assert.True(healed.IsAllReachable);
        Assert.Empty(healed.Records);
        Assert.Equal(4, healed.Versions[Node(1)]);
    }

    [Fact]
    public void Reporting_what_is_already_known_changes_nothing()
    {
        var r = Reachability.Empty.Unreachable(Node(1), Node(2));

        Assert.Same(r, r.Unreachable(Node(1), Node(2)));
        Assert.Same(Reachability.Empty, Reachability.Empty.Reachable(Node(1), Node(2)));
    }

    [Fact]
    public void Merge_keeps_the_newer_rows_of_each_observer()
    {
        var common = Reachability.Empty.Unreachable(Node(1), Node(3));
        var mine = common.Reachable(Node(1), Node(3)).Unreachable(Node(2), Node(4));
        var theirs = common.Unreachable(Node(3), Node(2));
        var all = Enumerable.Range(1, 4).Select(n => Node(n)).ToList();

        var merged = mine.Merge(all, theirs);

        Assert.True(merged.IsReachable(Node(1), Node(3)));
        Assert.False(merged.IsReachable(Node(2), Node(4)));
        Assert.False(merged.IsReachable(Node(3), Node(2)));
        Assert.Equal(2, merged.Versions[Node(1)]);
        Assert.Equal(merged.AllUnreachable, theirs.Merge(all, mine).AllUnreachable);
    }

    [Fact]
    public void Merge_drops_rows_of_nodes_that_are_no_longer_members()
    {
        var r = Reachability.Empty.Unreachable(Node(1), Node(2)).Unreachable(Node(3), Node(1));

        var merged = r.Merge([Node(1), Node(2)], Reachability.Empty);

        Assert.Equal([Node(2)], merged.AllUnreachable);
        Assert.False(merged.Versions.ContainsKey(Node(3)));
    }

    [Fact]
    public void Remove_forgets_a_node_as_observer_and_subject()
    {
        var r = Reachability.Empty.Unreachable(Node(1), Node(2)).Unreachable(Node(2), Node(3)).Unreachable(Node(1), Node(3));

        var removed = r.Remove([Node(2)]);

        Assert.Equal([Node(3)], removed.AllUnreachable);
        Assert.Single(removed.Records);
        Assert.Equal([Node(1)], removed.AllObservers);
    }
}

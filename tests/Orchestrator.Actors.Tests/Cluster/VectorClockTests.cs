using Orchestrator.Actors.Cluster;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary><see cref="VectorClock"/>: ordering, merge and pruning.</summary>
public sealed class VectorClockTests
{
    private static VectorClock Clock(params (string Node, int Times)[] increments) =>
        increments.Aggregate(VectorClock.Empty, (clock, i) => Enumerable.Range(0, i.Times).Aggregate(clock, (c, _) => c.Increment(i.Node)));

    [Fact]
    public void Empty_clocks_are_the_same()
    {
        Assert.Equal(VectorClockOrdering.Same, VectorClock.Empty.CompareTo(VectorClock.Empty));
    }

    [Fact]
    public void An_increment_happens_after_the_clock_it_came_from()
    {
        var before = Clock(("a", 1));
        var after = before.Increment("a");

        Assert.Equal(VectorClockOrdering.Before, before.CompareTo(after));
        Assert.Equal(VectorClockOrdering.After, after.CompareTo(before));
        Assert.True(before.IsBefore(after));
        Assert.True(after.IsAfter(before));
    }

    [Fact]
    public void A_clock_with_an_extra_node_happens_after()
    {
        Assert.Equal(VectorClockOrdering.After, Clock(("a", 1), ("b", 1)).CompareTo(Clock(("a", 1))));
    }

    [Fact]
    public void Changes_on_different_nodes_are_concurrent()
    {
        var start = Clock(("a", 1));
        var left = start.Increment("a");
        var right = start.Increment("b");

        Assert.Equal(VectorClockOrdering.Concurrent, left.CompareTo(right));
        Assert.True(right.IsConcurrentWith(left));
    }

    [Fact]
    public void Merge_takes_each_nodes_highest_counter_and_is_after_both_sides()
    {
        var left = Clock(("a", 3), ("b", 1));
        var right = Clock(("b", 2), ("c", 1));

        var merged = left.Merge(right);

        Assert.Equal(3, merged.Versions["a"]);
        Assert.Equal(2, merged.Versions["b"]);
        Assert.Equal(1, merged.Versions["c"]);
        Assert.True(merged.IsAfter(left));
        Assert.True(merged.IsAfter(right));
        Assert.True(merged.IsSameAs(right.Merge(left)));
    }

    [Fact]
    public void Merging_with_an_older_clock_gives_the_same_clock()
    {
        var newer = Clock(("a", 2), ("b", 1));

        Assert.True(newer.Merge(Clock(("a", 1))).IsSameAs(newer));
    }

    [Fact]
    public void Prune_drops_the_node_entry()
    {
        var clock = Clock(("a", 2), ("b", 1));

        var pruned = clock.Prune("b");

        Assert.False(pruned.Versions.ContainsKey("b"));
        Assert.Equal(VectorClockOrdering.Before, pruned.CompareTo(clock));
        Assert.Same(pruned, pruned.Prune("missing"));
    }

    [Fact]
    public void Clocks_with_equal_counters_are_equal()
    {
        Assert.Equal(Clock(("a", 1), ("b", 2)), Clock(("b", 2), ("a", 1)));
        Assert.NotEqual(Clock(("a", 1)), Clock(("a", 2)));
    }
}

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// Chooses the node to gossip to each round, as Akka's <c>GossipTargetSelector</c>: with probability
/// <see cref="GossipDifferentViewProbability"/> (lowered for clusters above
/// <see cref="ReduceGossipDifferentViewProbability"/> members) among the nodes that have not seen the latest
/// version, otherwise among all reachable nodes.
/// </summary>
public sealed class GossipTargetSelector
{
    private readonly Random _random;

    /// <summary>A selector with Akka's defaults (0.8 and 400) and the given source of randomness.</summary>
    public GossipTargetSelector(Random random, double gossipDifferentViewProbability = 0.8, int reduceGossipDifferentViewProbability = 400)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(gossipDifferentViewProbability);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(gossipDifferentViewProbability, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(reduceGossipDifferentViewProbability);
        _random = random;
        GossipDifferentViewProbability = gossipDifferentViewProbability;
        ReduceGossipDifferentViewProbability = reduceGossipDifferentViewProbability;
    }

    /// <summary>How often a round prefers nodes that have not seen the latest version (small clusters).</summary>
    public double GossipDifferentViewProbability { get; }

    /// <summary>Cluster size above which that probability falls, to a tenth of it at three times this size.</summary>
    public int ReduceGossipDifferentViewProbability { get; }

    /// <summary>The probability of preferring a different view in a cluster of <paramref name="clusterSize"/> members.</summary>
    public double AdjustedGossipDifferentViewProbability(int clusterSize)
    {
        var low = ReduceGossipDifferentViewProbability;
        var high = low * 3;
        if (clusterSize <= low)
        {
            return GossipDifferentViewProbability;
        }

        var minimum = GossipDifferentViewProbability / 10;
        if (clusterSize >= high)
        {
            return minimum;
        }

        var slope = (minimum - GossipDifferentViewProbability) / (high - low);
        return GossipDifferentViewProbability + ((clusterSize - low) * slope);
    }

    /// <summary>The node to gossip to, or null when there is no valid one.</summary>
    public UniqueAddress? SelectTarget(MembershipState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var prefer = _random.NextDouble() < AdjustedGossipDifferentViewProbability(state.Members.Count);
        var targets = state.GossipTargets(prefer);
        return targets.IsEmpty ? null : targets[_random.Next(targets.Length)];
    }
}

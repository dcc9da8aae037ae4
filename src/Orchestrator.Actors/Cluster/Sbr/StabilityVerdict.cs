namespace Orchestrator.Actors.Cluster.Sbr;

/// <summary>What a tick of <see cref="SplitBrainStability"/> tells the resolver to do.</summary>
public enum StabilityVerdict
{
    /// <summary>Nothing yet: no unreachable members, not the responsible node, or not stable for long enough.</summary>
    Wait,

    /// <summary>Membership and reachability have been stable for stable-after: run the strategy and down its nodes.</summary>
    Decide,

    /// <summary>Reachability kept changing for stable-after plus down-all-when-unstable: down every node.</summary>
    DownAllWhenUnstable,
}

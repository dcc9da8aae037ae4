using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster.Sbr;

/// <summary>A decision and the nodes it downs.</summary>
public sealed record SplitBrainOutcome(DowningDecision Decision, ImmutableHashSet<UniqueAddress> NodesToDown)
{
    /// <summary>True when the decision downs <paramref name="self"/> (it should down the others first, itself last).</summary>
    public bool DownsSelf(UniqueAddress self) => NodesToDown.Contains(self);
}

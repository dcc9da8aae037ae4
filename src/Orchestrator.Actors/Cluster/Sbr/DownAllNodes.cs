namespace Orchestrator.Actors.Cluster.Sbr;

/// <summary>down-all: any lasting unreachability downs the whole cluster (for clusters that must never run split).</summary>
public sealed class DownAllNodes() : DowningStrategy(null, Member.Ordering)
{
    /// <inheritdoc/>
    public override DowningDecision Decide(SplitBrainView view) => DowningDecision.DownAll;
}

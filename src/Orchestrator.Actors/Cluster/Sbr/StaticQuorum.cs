namespace Orchestrator.Actors.Cluster.Sbr;

/// <summary>
/// static-quorum: the side that still has at least <see cref="QuorumSize"/> of the counted members survives;
/// a side below it downs itself. More than <c>quorum-size * 2 - 1</c> members could let both sides survive, so
/// then everybody is downed.
/// </summary>
public sealed class StaticQuorum : DowningStrategy
{
    /// <summary>A static quorum of <paramref name="quorumSize"/> members (with <paramref name="role"/> when set).</summary>
    public StaticQuorum(int quorumSize, string? role = null)
        : base(role, Member.Ordering)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quorumSize);
        QuorumSize = quorumSize;
    }

    /// <summary>The members a side needs to survive.</summary>
    public int QuorumSize { get; }

    /// <summary>True when the cluster has more members than the quorum can guard against a split.</summary>
    public bool IsTooManyMembers(SplitBrainView view) => Members(view).Count > (QuorumSize * 2) - 1;

    /// <inheritdoc/>
    public override DowningDecision Decide(SplitBrainView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (IsTooManyMembers(view))
        {
            return DowningDecision.DownAll;
        }

        if (!view.IndirectlyConnected.IsEmpty)
        {
            return DowningDecision.DownIndirectlyConnected;
        }

        return Sides(view, Members(view)).Reachable >= QuorumSize ? DowningDecision.DownUnreachable : DowningDecision.DownReachable;
    }
}

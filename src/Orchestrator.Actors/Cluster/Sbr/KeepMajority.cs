namespace Orchestrator.Actors.Cluster.Sbr;

/// <summary>
/// keep-majority (the default): the side with more of the counted members survives; on a tie, the side with the
/// lowest address. If membership changed at the same moment as the partition (Joining members that may be Up on
/// the other side, Leaving ones that may be Exiting there) could flip the answer, everybody is downed instead.
/// With several partitions and no majority, every side downs itself.
/// </summary>
public sealed class KeepMajority(string? role = null) : DowningStrategy(role, Member.Ordering)
{
    /// <inheritdoc/>
    public override DowningDecision Decide(SplitBrainView view) => DecideConfirmingEdgeCase(
        view,
        members =>
        {
            var (reachable, unreachable) = Sides(view, members);
            return MajorityDecision(view, reachable, unreachable, members.Min!);
        },
        () =>
        {
            // This side counts as few as it could have (no Leaving), the other as many (with Joining).
            var thisSide = Members(view, excludingPossiblyExiting: true);
            return thisSide.IsEmpty
                ? DowningDecision.DownAll
                : MajorityDecision(view, Sides(view, thisSide).Reachable, Sides(view, Members(view, includingPossiblyUp: true)).Unreachable, thisSide.Min!);
        });

    private static DowningDecision MajorityDecision(SplitBrainView view, int thisSide, int otherSide, Member lowest)
    {
        if (thisSide == otherSide)
        {
            return view.Unreachable.Contains(lowest.UniqueAddress) ? DowningDecision.DownReachable : DowningDecision.DownUnreachable;
        }

        return thisSide > otherSide ? DowningDecision.DownUnreachable : DowningDecision.DownReachable;
    }
}

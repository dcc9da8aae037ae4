using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster.Sbr;

/// <summary>
/// keep-oldest: the side with the oldest counted member (where the singletons run) survives. With
/// <see cref="DownIfAlone"/>, an oldest member cut off alone from two or more others downs itself instead and the
/// others go on (but two nodes split 1|1 keep the oldest: the other side is no better).
/// </summary>
public sealed class KeepOldest(bool downIfAlone = true, string? role = null) : DowningStrategy(role, Member.AgeOrdering)
{
    /// <summary>The oldest, alone on its side against two or more, downs itself.</summary>
    public bool DownIfAlone { get; } = downIfAlone;

    /// <inheritdoc/>
    public override DowningDecision Decide(SplitBrainView view) => DecideConfirmingEdgeCase(
        view,
        members => OldestDecision(view, members, Sides(view, members)),
        () =>
        {
            // Leaving members may be Exiting on the other side; Joining ones may be Up there, which matters when alone.
            var withoutLeaving = Members(view, excludingPossiblyExiting: true);
            return withoutLeaving.IsEmpty
                ? DowningDecision.DownAll
                : OldestDecision(view, withoutLeaving, Sides(view, Members(view, includingPossiblyUp: DownIfAlone, excludingPossiblyExiting: true)));
        });

    private DowningDecision OldestDecision(SplitBrainView view, ImmutableSortedSet<Member> members, (int Reachable, int Unreachable) sides)
    {
        var oldestIsHere = !view.Unreachable.Contains(members.Min!.UniqueAddress);
        if (oldestIsHere)
        {
            return DownIfAlone && sides.Reachable == 1 && sides.Unreachable >= 2
                ? DowningDecision.DownReachable
                : DowningDecision.DownUnreachable;
        }

        return DownIfAlone && sides.Unreachable == 1 && sides.Reachable >= 2
            ? DowningDecision.DownUnreachable
            : DowningDecision.DownReachable;
    }
}

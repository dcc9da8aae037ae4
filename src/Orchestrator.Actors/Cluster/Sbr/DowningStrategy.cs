using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster.Sbr;

/// <summary>
/// A split-brain resolver strategy, as Akka.NET's <c>DowningStrategy</c>: <see cref="Decide"/> picks which side
/// survives from a <see cref="SplitBrainView"/>, <see cref="NodesToDown"/> names the nodes that go. Members are
/// counted without Joining, WeaklyUp, Down and Exiting ones (and only those with <see cref="Role"/> when set);
/// the edge-case checks also count Joining members that may be Up on the other side and leave out Leaving
/// members that may be Exiting there.
/// </summary>
public abstract class DowningStrategy
{
    /// <summary>A strategy that counts members with <paramref name="role"/> (all when null or empty), in <paramref name="ordering"/>.</summary>
    protected DowningStrategy(string? role, IComparer<Member> ordering)
    {
        ArgumentNullException.ThrowIfNull(ordering);
        Role = string.IsNullOrEmpty(role) ? null : role;
        Ordering = ordering;
    }

    /// <summary>Only members with this role count; null for all.</summary>
    public string? Role { get; }

    /// <summary>The order in which members are considered (by address, or by age for keep-oldest).</summary>
    protected IComparer<Member> Ordering { get; }

    /// <summary>The decision for <paramref name="view"/>.</summary>
    public abstract DowningDecision Decide(SplitBrainView view);

    /// <summary>The decision for <paramref name="view"/> and the nodes it downs.</summary>
    public SplitBrainOutcome Resolve(SplitBrainView view)
    {
        var decision = Decide(view);
        return new SplitBrainOutcome(decision, NodesToDown(view, decision));
    }

    /// <summary>
    /// The nodes <paramref name="decision"/> downs, among the members that are not already Down or Exiting.
    /// For <see cref="DowningDecision.DownIndirectlyConnected"/>: the indirectly connected and, when there are
    /// other unreachable nodes, what the strategy decides without the indirect observations (all nodes, if that
    /// decision is indirect again, as Akka does).
    /// </summary>
    public ImmutableHashSet<UniqueAddress> NodesToDown(SplitBrainView view, DowningDecision decision)
    {
        ArgumentNullException.ThrowIfNull(view);
        var downable = view.AllMembers
            .Where(m => m.Status is not (MemberStatus.Down or MemberStatus.Exiting))
            .Select(m => m.UniqueAddress)
            .ToImmutableHashSet();
        return decision switch
        {
            DowningDecision.DownUnreachable => downable.Intersect(view.Unreachable),
            DowningDecision.DownReachable => downable.Except(view.Unreachable),
            DowningDecision.DownAll => downable,
            DowningDecision.DownIndirectlyConnected => downable.Intersect(view.IndirectlyConnected.Union(AdditionalNodesToDown(view, downable))),
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, null),
        };
    }

    /// <summary>Counted members: with the role, without Down and Exiting; see the class remarks for the flags.</summary>
    protected ImmutableSortedSet<Member> Members(SplitBrainView view, bool includingPossiblyUp = false, bool excludingPossiblyExiting = false)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.AllMembers
            .Where(m => Role is null || m.HasRole(Role))
            .Where(m => m.Status switch
            {
                MemberStatus.Joining or MemberStatus.WeaklyUp => includingPossiblyUp,
                MemberStatus.Leaving => !excludingPossiblyExiting,
                MemberStatus.Down or MemberStatus.Exiting or MemberStatus.Removed => false,
                _ => true,
            })
            .ToImmutableSortedSet(Ordering);
    }

    /// <summary>
    /// The shape keep-majority and keep-oldest share: indirectly connected nodes come first; no counted member
    /// downs all; otherwise <paramref name="decide"/> on the counted members, where a DownUnreachable must be
    /// confirmed by <paramref name="edgeCase"/> (the count that allows for membership changes on the other side),
    /// else everybody is downed.
    /// </summary>
    protected DowningDecision DecideConfirmingEdgeCase(
        SplitBrainView view,
        Func<ImmutableSortedSet<Member>, DowningDecision> decide,
        Func<DowningDecision> edgeCase)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(decide);
        ArgumentNullException.ThrowIfNull(edgeCase);
        if (!view.IndirectlyConnected.IsEmpty)
        {
            return DowningDecision.DownIndirectlyConnected;
        }

        var members = Members(view);
        if (members.IsEmpty)
        {
            return DowningDecision.DownAll;
        }

        var decision = decide(members);
        if (decision != DowningDecision.DownUnreachable)
        {
            return decision;
        }

        return edgeCase() == DowningDecision.DownUnreachable ? DowningDecision.DownUnreachable : DowningDecision.DownAll;
    }

    /// <summary>How many counted members this node reaches and how many it does not.</summary>
    protected static (int Reachable, int Unreachable) Sides(SplitBrainView view, IEnumerable<Member> members)
    {
        ArgumentNullException.ThrowIfNull(view);
        var unreachable = members.Count(m => view.Unreachable.Contains(m.UniqueAddress));
        return (members.Count() - unreachable, unreachable);
    }

    private ImmutableHashSet<UniqueAddress> AdditionalNodesToDown(SplitBrainView view, ImmutableHashSet<UniqueAddress> downable)
    {
        if (view.Unreachable.Except(view.IndirectlyConnected).IsEmpty)
        {
            return [];
        }

        var clean = view.WithoutIndirectlyConnectedObservations();
        var decision = Decide(clean);
        return decision == DowningDecision.DownIndirectlyConnected ? downable : NodesToDown(clean, decision);
    }
}

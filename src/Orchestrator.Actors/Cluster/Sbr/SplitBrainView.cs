using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster.Sbr;

/// <summary>
/// What the split-brain resolver decides on: all members with their statuses, the members this node sees as
/// unreachable, the unreachable and terminated observations of the reachability table, and the nodes that have
/// seen the latest gossip. Immutable.
/// </summary>
public sealed record SplitBrainView(
    ImmutableSortedSet<Member> AllMembers,
    ImmutableHashSet<UniqueAddress> Unreachable,
    Reachability Reachability,
    ImmutableHashSet<Address> SeenBy)
{
    /// <summary>The view of <paramref name="state"/>: its members, the unreachable others, its reachability and seen set.</summary>
    public static SplitBrainView From(MembershipState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var gossip = state.LatestGossip;
        return Create(
            gossip.Members,
            gossip.Overview.Reachability.AllUnreachableOrTerminated.Remove(state.SelfUniqueAddress),
            gossip.Overview.Reachability,
            gossip.SeenBy.Select(n => n.Address));
    }

    /// <summary>A view; only the unreachable and terminated observations of <paramref name="reachability"/> are kept.</summary>
    public static SplitBrainView Create(
        IEnumerable<Member> members,
        IEnumerable<UniqueAddress> unreachable,
        Reachability? reachability = null,
        IEnumerable<Address>? seenBy = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(unreachable);
        return new SplitBrainView(
            ImmutableSortedSet.CreateRange(Member.Ordering, members),
            unreachable.ToImmutableHashSet(),
            (reachability ?? Reachability.Empty).FilterRecords(r => r.Status != ReachabilityStatus.Reachable),
            seenBy?.ToImmutableHashSet() ?? []);
    }

    /// <summary>
    /// Nodes unreachable over some links that still talk through others: those that observe someone as
    /// unreachable and are observed so themselves (a cycle), and the two ends of an observation whose subject has
    /// seen the current gossip. Clean splits and crashed nodes have none.
    /// </summary>
    public ImmutableHashSet<UniqueAddress> IndirectlyConnected => InUnreachabilityCycle.Union(SeenWhileUnreachable);

    /// <summary>True when all unreachable members are already Down or Exiting (nothing left to decide).</summary>
    public bool IsAllUnreachableDownOrExiting =>
        AllMembers.Where(m => Unreachable.Contains(m.UniqueAddress)).All(m => m.Status is MemberStatus.Down or MemberStatus.Exiting);

    internal ImmutableHashSet<UniqueAddress> InUnreachabilityCycle =>
        Reachability.AllObservers.Intersect(Reachability.AllUnreachableOrTerminated);

    internal ImmutableHashSet<UniqueAddress> SeenWhileUnreachable =>
        Reachability.Records.Where(r => SeenBy.Contains(r.Subject.Address)).SelectMany(r => new[] { r.Observer, r.Subject }).ToImmutableHashSet();

    /// <summary>
    /// This view without the observations between indirectly connected nodes, so the strategy can decide about
    /// a clean partition that happens at the same time.
    /// </summary>
    internal SplitBrainView WithoutIndirectlyConnectedObservations()
    {
        var cycle = InUnreachabilityCycle;
        var seen = SeenWhileUnreachable;
        var reachability = Reachability.FilterRecords(r =>
            !((cycle.Contains(r.Observer) && cycle.Contains(r.Subject)) || (seen.Contains(r.Observer) && seen.Contains(r.Subject))));
        return this with { Reachability = reachability, Unreachable = reachability.AllUnreachableOrTerminated };
    }
}

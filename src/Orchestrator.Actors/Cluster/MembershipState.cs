using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// One node's view of the cluster, as Akka's <c>MembershipState</c>: the latest gossip it holds and which node
/// it is. Answers convergence, leader and gossip-target questions; pure and immutable.
/// </summary>
public sealed partial record MembershipState(Gossip LatestGossip, UniqueAddress SelfUniqueAddress)
{
    /// <summary>Members that must have seen a gossip version for convergence.</summary>
    public static ImmutableHashSet<MemberStatus> ConvergenceMemberStatus { get; } = [MemberStatus.Up, MemberStatus.Leaving];

    /// <summary>Unreachable members with these statuses do not stop convergence.</summary>
    public static ImmutableHashSet<MemberStatus> ConvergenceSkipUnreachableWithMemberStatus { get; } = [MemberStatus.Down, MemberStatus.Exiting];

    /// <summary>Members that may be leader before any other (others only when none of these is reachable).</summary>
    public static ImmutableHashSet<MemberStatus> LeaderMemberStatus { get; } = [MemberStatus.Up, MemberStatus.Leaving];

    /// <summary>The members of the latest gossip.</summary>
    public ImmutableSortedSet<Member> Members => LatestGossip.Members;

    /// <summary>This node as a member (a Removed placeholder when it is not one).</summary>
    public Member SelfMember => LatestGossip.GetMember(SelfUniqueAddress);

    /// <summary>The reachability table without the observations of Down members (a downed node's opinion no longer counts).</summary>
    public Reachability ReachabilityExcludingDownedObservers =>
        LatestGossip.Overview.Reachability.RemoveObservers(Members.Where(m => m.Status == MemberStatus.Down).Select(m => m.UniqueAddress));

    /// <summary>
    /// True when the latest gossip has converged: every unreachable member (other than this node and confirmed
    /// exiting ones, judged without Down observers) is Down or Exiting, and every Up or Leaving member has seen
    /// this version (or is confirmed exiting).
    /// </summary>
    public bool Convergence(IReadOnlySet<UniqueAddress>? exitingConfirmed = null)
    {
        exitingConfirmed ??= ImmutableHashSet<UniqueAddress>.Empty;
        var unreachableCanBeIgnored = ReachabilityExcludingDownedObservers.AllUnreachableOrTerminated
            .Where(node => node != SelfUniqueAddress && !exitingConfirmed.Contains(node))
            .All(node => ConvergenceSkipUnreachableWithMemberStatus.Contains(LatestGossip.GetMember(node).Status));
        return unreachableCanBeIgnored && !Members.Any(m =>
            ConvergenceMemberStatus.Contains(m.Status) &&
            !LatestGossip.SeenByNode(m.UniqueAddress) &&
            !exitingConfirmed.Contains(m.UniqueAddress));
    }

    /// <summary>The leader: see <see cref="LeaderOf"/> over all members.</summary>
    public UniqueAddress? Leader => LeaderOf(Members);

    /// <summary>True when <paramref name="node"/> is the leader.</summary>
    public bool IsLeader(UniqueAddress node) => Leader == node;

    /// <summary>The leader among the members with <paramref name="role"/>.</summary>
    public UniqueAddress? RoleLeader(string role) => LeaderOf(Members.Where(m => m.HasRole(role)));

    /// <summary>The role leader of every role some member has.</summary>
    public ImmutableSortedDictionary<string, UniqueAddress?> RoleLeaders =>
        Members.SelectMany(m => m.Roles).Distinct()
            .ToImmutableSortedDictionary(role => role, RoleLeader, StringComparer.Ordinal);

    /// <summary>
    /// Akka's leader choice: among the members that are not Down and are reachable (or are this node), the first
    /// Up or Leaving one by address; when there is none, the first by <see cref="Member.LeaderStatusOrdering"/>.
    /// </summary>
    public UniqueAddress? LeaderOf(IEnumerable<Member> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var reachability = LatestGossip.Overview.Reachability;
        var reachable = candidates
            .Where(m => m.Status != MemberStatus.Down && (m.UniqueAddress == SelfUniqueAddress || reachability.IsReachable(m.UniqueAddress)))
            .Order(Member.Ordering)
            .ToList();
        if (reachable.Count == 0)
        {
            return null;
        }

        var leader = reachable.Find(m => LeaderMemberStatus.Contains(m.Status)) ?? reachable.Min(Member.LeaderStatusOrdering)!;
        return leader.UniqueAddress;
    }

    /// <summary>The member that moved Up last (or a Joining one when none has): the reference for the next up number.</summary>
    public Member YoungestMember => Members.MaxBy(m => m.UpNumber == Member.NotUp ? 0 : m.UpNumber)
        ?? throw new InvalidOperationException("The cluster has no members.");

    /// <summary>True when this node may gossip to <paramref name="node"/>: another node it sees as reachable.</summary>
    public bool ValidNodeForGossip(UniqueAddress node) =>
        node != SelfUniqueAddress && LatestGossip.Overview.Reachability.IsReachable(SelfUniqueAddress, node);

    /// <summary>
    /// The nodes to pick a gossip target from: when <paramref name="preferNodesWithDifferentView"/>, the valid
    /// nodes that have not seen the latest version (if any); otherwise all valid nodes.
    /// </summary>
    public ImmutableArray<UniqueAddress> GossipTargets(bool preferNodesWithDifferentView)
    {
        var valid = Members.Select(m => m.UniqueAddress).Where(ValidNodeForGossip).ToImmutableArray();
        if (!preferNodesWithDifferentView)
        {
            return valid;
        }

        var notSeen = valid.Where(node => !LatestGossip.SeenByNode(node)).ToImmutableArray();
        return notSeen.IsEmpty ? valid : notSeen;
    }
}

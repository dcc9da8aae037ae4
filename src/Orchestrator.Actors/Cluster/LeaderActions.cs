using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// The leader's periodic moves, as a pure function of its <see cref="MembershipState"/> (Akka's
/// <c>leaderActionsOnConvergence</c>). Only the leader acts, and only on convergence:
/// <list type="bullet">
/// <item>Joining (and WeaklyUp) → Up, once the cluster has <see cref="MinNrOfMembers"/> members and every role of
/// <see cref="MinNrOfMembersOfRole"/> its minimum; up numbers continue after the youngest member's;</item>
/// <item>Leaving → Exiting;</item>
/// <item>Exiting → Removed once the exiting node has seen itself Exiting (or confirmed it, or is unreachable);</item>
/// <item>Down → Removed (convergence already leaves Down members out).</item>
/// </list>
/// A changed gossip gets the leader's version increment and is seen by the leader only. There is no auto-down:
/// marking members Down is the split-brain resolver's job.
/// </summary>
public sealed class LeaderActions
{
    /// <summary>Leader actions with the cluster's minimum sizes.</summary>
    public LeaderActions(int minNrOfMembers, IReadOnlyDictionary<string, int>? minNrOfMembersOfRole = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minNrOfMembers);
        MinNrOfMembers = minNrOfMembers;
        MinNrOfMembersOfRole = minNrOfMembersOfRole?.ToImmutableDictionary(StringComparer.Ordinal) ?? ImmutableDictionary<string, int>.Empty;
    }

    /// <summary>Members the cluster needs before the leader moves anyone Up.</summary>
    public int MinNrOfMembers { get; }

    /// <summary>Members each role needs before the leader moves anyone Up.</summary>
    public ImmutableDictionary<string, int> MinNrOfMembersOfRole { get; }

    /// <summary>True when the gossip has enough members, overall and of each role, for Joining → Up.</summary>
    public bool IsMinNrOfMembersFulfilled(Gossip gossip)
    {
        ArgumentNullException.ThrowIfNull(gossip);
        return gossip.Members.Count >= MinNrOfMembers &&
            MinNrOfMembersOfRole.All(r => gossip.Members.Count(m => m.HasRole(r.Key)) >= r.Value);
    }

    /// <summary>
    /// One round: the new gossip and what changed, or <see cref="LeaderActionsResult.Unchanged"/> when this node is
    /// not the leader, there is no convergence, or there is nothing to do. <paramref name="nowMillis"/> stamps the
    /// tombstones of removed members.
    /// </summary>
    public LeaderActionsResult Run(MembershipState state, long nowMillis, IReadOnlySet<UniqueAddress>? exitingConfirmed = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        exitingConfirmed ??= ImmutableHashSet<UniqueAddress>.Empty;
        var gossip = state.LatestGossip;
        if (!state.IsLeader(state.SelfUniqueAddress) || !state.Convergence(exitingConfirmed))
        {
            return LeaderActionsResult.Unchanged(gossip);
        }

        var removed = gossip.Members.Where(m => IsRemovable(m, gossip, exitingConfirmed)).ToImmutableArray();
        var changed = MoveUpAndExiting(state).ToImmutableArray();
        if (removed.IsEmpty && changed.IsEmpty)
        {
            return LeaderActionsResult.Unchanged(gossip);
        }

        var updated = removed.Aggregate(gossip.Update(changed), (g, m) => g.Remove(m.UniqueAddress, nowMillis));
        return new LeaderActionsResult(state.Update(updated).LatestGossip, changed, removed);
    }

    private static bool IsRemovable(Member member, Gossip gossip, IReadOnlySet<UniqueAddress> exitingConfirmed) => member.Status switch
    {
        MemberStatus.Down => true,
        MemberStatus.Exiting => gossip.SeenByNode(member.UniqueAddress) ||
            exitingConfirmed.Contains(member.UniqueAddress) ||
            !gossip.Overview.Reachability.IsReachable(member.UniqueAddress),
        _ => false,
    };

    private IEnumerable<Member> MoveUpAndExiting(MembershipState state)
    {
        var enoughMembers = IsMinNrOfMembersFulfilled(state.LatestGossip);
        var upNumber = 0;
        foreach (var member in state.Members)
        {
            if (member.Status is MemberStatus.Joining or MemberStatus.WeaklyUp && enoughMembers)
            {
                // Up numbers may repeat those of removed members: they only order the current members by age.
                upNumber = upNumber == 0 ? NextUpNumber(state.YoungestMember) : upNumber + 1;
                yield return member.CopyUp(upNumber);
            }
            else if (member.Status == MemberStatus.Leaving)
            {
                yield return member.Copy(MemberStatus.Exiting);
            }
        }
    }

    private static int NextUpNumber(Member youngest) => 1 + (youngest.UpNumber == Member.NotUp ? 0 : youngest.UpNumber);
}

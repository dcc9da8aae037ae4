using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster.Singleton;

/// <summary>
/// The members that may host a singleton, oldest first: those with the role (all when null) that are Up or
/// Leaving. A member that is Exiting, Down or Removed no longer counts, so the next oldest takes its place.
/// </summary>
internal sealed record MembersByAge(string? Role, ImmutableSortedSet<Member> Members)
{
    public static MembersByAge Empty(string? role) => new(role, ImmutableSortedSet.Create(Member.AgeOrdering));

    /// <summary>The members of a snapshot (<see cref="ClusterEvent.CurrentClusterState"/>) that may host the singleton.</summary>
    public static MembersByAge From(string? role, IEnumerable<Member> members) =>
        new(role, ImmutableSortedSet.CreateRange(Member.AgeOrdering, members.Where(m =>
            (role is null || m.HasRole(role)) && m.Status is MemberStatus.Up or MemberStatus.Leaving)));

    /// <summary>The oldest member, or null.</summary>
    public Member? Oldest => Members.IsEmpty ? null : Members.Min;

    /// <summary>These members after <paramref name="e"/>.</summary>
    public MembersByAge Apply(ClusterEvent.IMemberEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var member = e.Member;
        if (Role is not null && !member.HasRole(Role))
        {
            return this;
        }

        var without = Members.Remove(member);
        return this with { Members = member.Status is MemberStatus.Up or MemberStatus.Leaving ? without.Add(member) : without };
    }
}

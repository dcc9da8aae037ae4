namespace Orchestrator.Actors.Cluster;

/// <summary>The events: member status changes, reachability changes, leader changes, seen changes.</summary>
public static partial class ClusterEvent
{
    /// <summary>A node asked to join (status <see cref="MemberStatus.Joining"/>).</summary>
    public sealed record MemberJoined(Member Member) : MemberStatusChange(Member, MemberStatus.Joining);

    /// <summary>A joining node was moved <see cref="MemberStatus.WeaklyUp"/> while the cluster could not converge.</summary>
    public sealed record MemberWeaklyUp(Member Member) : MemberStatusChange(Member, MemberStatus.WeaklyUp);

    /// <summary>The leader moved a member <see cref="MemberStatus.Up"/>.</summary>
    public sealed record MemberUp(Member Member) : MemberStatusChange(Member, MemberStatus.Up);

    /// <summary>A member started to leave (<see cref="MemberStatus.Leaving"/>).</summary>
    public sealed record MemberLeft(Member Member) : MemberStatusChange(Member, MemberStatus.Leaving);

    /// <summary>The leader moved a leaving member <see cref="MemberStatus.Exiting"/>.</summary>
    public sealed record MemberExited(Member Member) : MemberStatusChange(Member, MemberStatus.Exiting);

    /// <summary>A member was marked <see cref="MemberStatus.Down"/>.</summary>
    public sealed record MemberDowned(Member Member) : MemberStatusChange(Member, MemberStatus.Down);

    /// <summary>A member left the membership; <paramref name="PreviousStatus"/> tells whether it left gracefully (Exiting) or was downed (Down).</summary>
    public sealed record MemberRemoved(Member Member, MemberStatus PreviousStatus) : MemberStatusChange(Member, MemberStatus.Removed);

    /// <summary>This node's view sees <paramref name="Member"/> as unreachable now.</summary>
    public sealed record UnreachableMember(Member Member) : IReachabilityEvent;

    /// <summary>This node's view sees <paramref name="Member"/>, once unreachable, as reachable again.</summary>
    public sealed record ReachableMember(Member Member) : IReachabilityEvent;

    /// <summary>The leader changed; null when there is none (every member unreachable or down).</summary>
    public sealed record LeaderChanged(Address? Leader) : IClusterDomainEvent;

    /// <summary>The leader among the members with <paramref name="Role"/> changed; null when there is none.</summary>
    public sealed record RoleLeaderChanged(string Role, Address? Leader) : IClusterDomainEvent;

    /// <summary>The convergence or the seen set changed: for tests and diagnostics, as Akka's internal <c>SeenChanged</c>.</summary>
    public sealed record SeenChanged(bool Convergence, System.Collections.Immutable.ImmutableHashSet<Address> SeenBy) : IClusterDomainEvent;
}

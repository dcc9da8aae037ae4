using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>The events between two successive views of the membership, as Akka's <c>ClusterEvent.diff*</c>.</summary>
public static partial class ClusterEvent
{
    /// <summary>
    /// Every event between <paramref name="oldState"/> and <paramref name="newState"/>, in the order Akka publishes
    /// them: member events, unreachable, reachable, leader, role leaders, seen.
    /// </summary>
    public static ImmutableArray<IClusterDomainEvent> Diff(MembershipState oldState, MembershipState newState) =>
    [
        .. DiffMemberEvents(oldState, newState),
        .. DiffUnreachable(oldState, newState),
        .. DiffReachable(oldState, newState),
        .. DiffLeader(oldState, newState),
        .. DiffRolesLeader(oldState, newState),
        .. DiffSeen(oldState, newState),
    ];

    /// <summary>
    /// What a subscriber with <see cref="SubscriptionInitialStateMode.InitialStateAsEvents"/> is told first: the
    /// events that lead from an empty cluster to <paramref name="state"/>.
    /// </summary>
    public static ImmutableArray<IClusterDomainEvent> InitialStateAsEvents(MembershipState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Diff(new MembershipState(Gossip.Empty, state.SelfUniqueAddress), state);
    }

    /// <summary>
    /// Member events: first <see cref="MemberRemoved"/> for the members that are gone (so a node that rejoins
    /// under a new uid is removed before it joins again), then one event per new member or member whose status
    /// (or up number) changed, by the new status; members in address order.
    /// </summary>
    public static ImmutableArray<IMemberEvent> DiffMemberEvents(MembershipState oldState, MembershipState newState)
    {
        ArgumentNullException.ThrowIfNull(oldState);
        ArgumentNullException.ThrowIfNull(newState);
        var oldMembers = oldState.Members;
        var newMembers = newState.Members;
        if (ReferenceEquals(oldMembers, newMembers))
        {
            return [];
        }

        var removed = oldMembers.Except(newMembers)
            .Select(m => (IMemberEvent)new MemberRemoved(m.Copy(MemberStatus.Removed), m.Status));
        var changed = newMembers
            .Where(m => !oldMembers.TryGetValue(m, out var old) || old.Status != m.Status || old.UpNumber != m.UpNumber)
            .Select(StatusEvent)
            .OfType<IMemberEvent>();
        return [.. removed, .. changed];
    }

    /// <summary>The members this node's view newly sees as unreachable (itself excluded).</summary>
    public static ImmutableArray<UnreachableMember> DiffUnreachable(MembershipState oldState, MembershipState newState)
    {
        ArgumentNullException.ThrowIfNull(oldState);
        ArgumentNullException.ThrowIfNull(newState);
        var before = oldState.LatestGossip.Overview.Reachability.AllUnreachableOrTerminated;
        return [.. newState.LatestGossip.Overview.Reachability.AllUnreachableOrTerminated
            .Where(node => !before.Contains(node) && node != newState.SelfUniqueAddress)
            .Order()
            .Select(node => new UnreachableMember(newState.LatestGossip.GetMember(node)))];
    }

    /// <summary>The members, unreachable before, that this node's view sees as reachable again (itself excluded; removed ones too).</summary>
    public static ImmutableArray<ReachableMember> DiffReachable(MembershipState oldState, MembershipState newState)
    {
        ArgumentNullException.ThrowIfNull(oldState);
        ArgumentNullException.ThrowIfNull(newState);
        var now = newState.LatestGossip;
        return [.. oldState.LatestGossip.Overview.Reachability.AllUnreachable
            .Where(node => now.HasMember(node) && now.Overview.Reachability.IsReachable(node) && node != newState.SelfUniqueAddress)
            .Order()
            .Select(node => new ReachableMember(now.GetMember(node)))];
    }

    /// <summary>A <see cref="LeaderChanged"/> when the leader differs.</summary>
    public static ImmutableArray<LeaderChanged> DiffLeader(MembershipState oldState, MembershipState newState)
    {
        ArgumentNullException.ThrowIfNull(oldState);
        ArgumentNullException.ThrowIfNull(newState);
        var leader = newState.Leader;
        return leader == oldState.Leader ? [] : [new LeaderChanged(leader?.Address)];
    }

    /// <summary>A <see cref="RoleLeaderChanged"/> for each role (of either view) whose leader differs, by role name.</summary>
    public static ImmutableArray<RoleLeaderChanged> DiffRolesLeader(MembershipState oldState, MembershipState newState)
    {
        ArgumentNullException.ThrowIfNull(oldState);
        ArgumentNullException.ThrowIfNull(newState);
        return [.. oldState.Members.Concat(newState.Members).SelectMany(m => m.Roles).Distinct().Order(StringComparer.Ordinal)
            .Select(role => (Role: role, Leader: newState.RoleLeader(role)))
            .Where(r => r.Leader != oldState.RoleLeader(r.Role))
            .Select(r => new RoleLeaderChanged(r.Role, r.Leader?.Address))];
    }

    /// <summary>A <see cref="SeenChanged"/> when the convergence or the seen set differs.</summary>
    public static ImmutableArray<SeenChanged> DiffSeen(MembershipState oldState, MembershipState newState)
    {
        ArgumentNullException.ThrowIfNull(oldState);
        ArgumentNullException.ThrowIfNull(newState);
        var convergence = newState.Convergence();
        var seen = newState.LatestGossip.SeenBy;
        return convergence == oldState.Convergence() && seen.SetEquals(oldState.LatestGossip.SeenBy)
            ? []
            : [new SeenChanged(convergence, seen.Select(n => n.Address).ToImmutableHashSet())];
    }

    private static IMemberEvent? StatusEvent(Member member) => member.Status switch
    {
        MemberStatus.Joining => new MemberJoined(member),
        MemberStatus.WeaklyUp => new MemberWeaklyUp(member),
        MemberStatus.Up => new MemberUp(member),
        MemberStatus.Leaving => new MemberLeft(member),
        MemberStatus.Exiting => new MemberExited(member),
        MemberStatus.Down => new MemberDowned(member),
        _ => null,
    };
}

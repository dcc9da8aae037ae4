using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>The snapshot a subscriber gets first.</summary>
public static partial class ClusterEvent
{
    /// <summary>
    /// The cluster as this node sees it: the members, those it sees as unreachable (itself excluded), who has seen
    /// the latest gossip, the leader, and the leader of each role.
    /// </summary>
    public sealed record CurrentClusterState(
        ImmutableSortedSet<Member> Members,
        ImmutableHashSet<Member> Unreachable,
        ImmutableHashSet<Address> SeenBy,
        Address? Leader,
        ImmutableSortedDictionary<string, Address?> RoleLeaderMap)
    {
        /// <summary>The state of a node that has not joined.</summary>
        public static CurrentClusterState Empty { get; } = new(
            ImmutableSortedSet<Member>.Empty.WithComparer(Member.Ordering), [], [], null,
            ImmutableSortedDictionary<string, Address?>.Empty);

        /// <summary>The roles some member has.</summary>
        public IEnumerable<string> AllRoles => RoleLeaderMap.Keys;

        /// <summary>The leader of <paramref name="role"/>, or null.</summary>
        public Address? RoleLeader(string role) => RoleLeaderMap.GetValueOrDefault(role);

        /// <summary>The snapshot of <paramref name="state"/>.</summary>
        public static CurrentClusterState From(MembershipState state)
        {
            ArgumentNullException.ThrowIfNull(state);
            var gossip = state.LatestGossip;
            return new CurrentClusterState(
                gossip.Members,
                gossip.Overview.Reachability.AllUnreachableOrTerminated
                    .Where(node => node != state.SelfUniqueAddress)
                    .Select(gossip.GetMember)
                    .ToImmutableHashSet(),
                gossip.SeenBy.Select(node => node.Address).ToImmutableHashSet(),
                state.Leader?.Address,
                state.RoleLeaders.ToImmutableSortedDictionary(r => r.Key, r => r.Value?.Address, StringComparer.Ordinal));
        }
    }
}

using System.Collections.Immutable;
using Orchestrator.Actors.Cluster;
using ClusterMember = Orchestrator.Actors.Cluster.Member;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary>Node incarnations and members for the cluster tests: node <c>n</c> listens on port 2550 + n.</summary>
internal static class Nodes
{
    public static UniqueAddress Node(int n, long uid = 1) => new(new Address("orch", "orch", "10.0.0.1", 2550 + n), uid);

    public static Member Member(int n, MemberStatus status, int upNumber = ClusterMember.NotUp, params string[] roles) =>
        new(Node(n), upNumber, status, ImmutableSortedSet.Create(StringComparer.Ordinal, roles));

    public static Member Up(int n, params string[] roles) => Member(n, MemberStatus.Up, n, roles);

    public static Member Joining(int n, params string[] roles) => Member(n, MemberStatus.Joining, roles: roles);

    /// <summary>A gossip of <paramref name="members"/> seen by all of them.</summary>
    public static Gossip SeenByAll(params Member[] members) =>
        members.Aggregate(Gossip.Create(members), (g, m) => g.Seen(m.UniqueAddress));

    public static MembershipState State(Gossip gossip, int self) => new(gossip, Node(self));
}

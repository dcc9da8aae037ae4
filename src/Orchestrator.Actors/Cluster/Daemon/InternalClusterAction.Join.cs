using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>The join protocol between cluster daemons (Akka's <c>InternalClusterAction</c>).</summary>
internal static partial class InternalClusterAction
{
    /// <summary>A joining node asks a seed whether it is part of a cluster.</summary>
    public sealed record InitJoin(Address From);

    /// <summary>The seed is a member: the asker may send it <see cref="Join"/>.</summary>
    public sealed record InitJoinAck(Address Address);

    /// <summary>The seed is not (yet) a member of a cluster.</summary>
    public sealed record InitJoinNack(Address Address);

    /// <summary>A node asks a member to add it to the cluster, with its roles.</summary>
    public sealed record Join(UniqueAddress Node, ImmutableSortedSet<string> Roles);

    /// <summary>The member's answer to <see cref="Join"/>: the gossip that holds the new node.</summary>
    public sealed record Welcome(UniqueAddress From, Gossip Gossip);

    /// <summary>Local: join through these seed nodes.</summary>
    public sealed record JoinSeedNodes(ImmutableArray<Address> SeedNodes);

    /// <summary>Local: join the cluster that <paramref name="Address"/> is a member of (itself: form a new one).</summary>
    public sealed record JoinTo(Address Address);
}

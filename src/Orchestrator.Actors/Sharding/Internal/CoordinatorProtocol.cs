using System.Collections.Immutable;

namespace Orchestrator.Actors.Sharding.Internal;

/// <summary>
/// The protocol between the shard regions of a type and its coordinator (Akka's <c>ShardCoordinator</c>
/// messages, same names and flow):
/// <list type="bullet">
/// <item>A region registers (<see cref="Register"/>, a proxy <see cref="RegisterProxy"/>) until it gets
/// <see cref="RegisterAck"/>, and again whenever the coordinator moves.</item>
/// <item>For a shard it does not know, a region asks <see cref="GetShardHome"/>; the coordinator allocates the
/// shard if needed (persisting the allocation, then telling the chosen region <see cref="HostShard"/>) and
/// answers <see cref="ShardHome"/>. The region that hosts it answers <see cref="ShardStarted"/>.</item>
/// <item>Rebalancing and hand-off: the coordinator tells every region and proxy <see cref="BeginHandOff"/> (each
/// forgets the shard's home and buffers its messages, then acks with <see cref="BeginHandOffAck"/>), tells the
/// hosting region <see cref="HandOff"/> (the shard stops its entities with the hand-off stop message) and
/// waits for <see cref="ShardStopped"/>; then the shard is deallocated and allocated anew on demand.</item>
/// <item>A region that shuts down gracefully sends <see cref="GracefulShutdownReq"/>; the coordinator hands all its
/// shards off, and the region stops when it hosts none. A region that is about to stop says
/// <see cref="RegionStopped"/> so that its shards are deallocated without waiting for its member's removal.</item>
/// </list>
/// </summary>
internal static class CoordinatorProtocol
{
    /// <summary>Marks the messages a region sends to the coordinator.</summary>
    public interface ICoordinatorCommand;

    /// <summary>Marks the messages the coordinator sends to regions.</summary>
    public interface ICoordinatorMessage;

    /// <summary>A region (that hosts shards) registers with the coordinator.</summary>
    public sealed record Register(IActorRef ShardRegion) : ICoordinatorCommand;

    /// <summary>A proxy (that hosts none) registers with the coordinator.</summary>
    public sealed record RegisterProxy(IActorRef ShardRegionProxy) : ICoordinatorCommand;

    /// <summary>The coordinator has registered the region; the sender is the coordinator to use from now on.</summary>
    public sealed record RegisterAck(IActorRef Coordinator) : ICoordinatorMessage;

    /// <summary>Where does <see cref="Shard"/> live? Allocates it when it lives nowhere.</summary>
    public sealed record GetShardHome(string Shard) : ICoordinatorCommand;

    /// <summary><see cref="Shard"/> lives in the region <see cref="Ref"/>.</summary>
    public sealed record ShardHome(string Shard, IActorRef Ref) : ICoordinatorMessage;

    /// <summary>Every known home, sent to a region when it registers so that it routes without asking.</summary>
    public sealed record ShardHomes(ImmutableArray<ShardHome> Homes) : ICoordinatorMessage;

    /// <summary>The receiving region is to host <see cref="Shard"/> (start it and answer <see cref="ShardStarted"/>).</summary>
    public sealed record HostShard(string Shard) : ICoordinatorMessage;

    /// <summary>The region has started <see cref="Shard"/>.</summary>
    public sealed record ShardStarted(string Shard) : ICoordinatorCommand;

    /// <summary>
    /// The first step of a hand-off: forget where <see cref="Shard"/> lives and buffer its messages until the
    /// coordinator names its new home; answer <see cref="BeginHandOffAck"/>.
    /// </summary>
    public sealed record BeginHandOff(string Shard) : ICoordinatorMessage;

    /// <summary>The region has forgotten the home of <see cref="Shard"/>.</summary>
    public sealed record BeginHandOffAck(string Shard) : ICoordinatorCommand;

    /// <summary>The hosting region is to stop <see cref="Shard"/> (its entities get the hand-off stop message).</summary>
    public sealed record HandOff(string Shard) : ICoordinatorMessage;

    /// <summary><see cref="Shard"/> has stopped: every entity has terminated.</summary>
    public sealed record ShardStopped(string Shard) : ICoordinatorCommand;

    /// <summary>The region is shutting down: hand all its shards off (it keeps serving until each one has moved).</summary>
    public sealed record GracefulShutdownReq(IActorRef ShardRegion) : ICoordinatorCommand;

    /// <summary>The region has stopped (or is about to): deallocate its shards now.</summary>
    public sealed record RegionStopped(IActorRef ShardRegion) : ICoordinatorCommand;
}

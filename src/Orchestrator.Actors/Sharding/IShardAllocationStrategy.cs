using System.Collections.Immutable;

namespace Orchestrator.Actors.Sharding;

/// <summary>
/// Decides where the coordinator puts shards and which shards it moves (Akka's <c>IShardAllocationStrategy</c>).
/// The coordinator calls it from its own thread, one call at a time; an implementation may answer
/// asynchronously, and the coordinator keeps serving meanwhile.
/// </summary>
public interface IShardAllocationStrategy
{
    /// <summary>
    /// The region to host <paramref name="shardId"/>, asked for by <paramref name="requester"/> (a region, or a
    /// proxy), given the regions and the shards each hosts now. The answer must be one of the keys of
    /// <paramref name="currentShardAllocations"/>.
    /// </summary>
    Task<IActorRef> AllocateShard(IActorRef requester, string shardId, ImmutableDictionary<IActorRef, ImmutableArray<string>> currentShardAllocations);

    /// <summary>
    /// The shards to move now, given the current allocations and the shards whose move has not finished yet
    /// (<paramref name="rebalanceInProgress"/>); called every rebalance interval. The empty set moves nothing.
    /// </summary>
    Task<ImmutableHashSet<string>> Rebalance(ImmutableDictionary<IActorRef, ImmutableArray<string>> currentShardAllocations, ImmutableHashSet<string> rebalanceInProgress);
}

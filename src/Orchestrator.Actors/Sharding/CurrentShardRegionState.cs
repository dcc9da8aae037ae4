using System.Collections.Immutable;

namespace Orchestrator.Actors.Sharding;

/// <summary>The shards a region hosts, each with the ids of its running entities.</summary>
public sealed record CurrentShardRegionState(ImmutableArray<ShardState> Shards);

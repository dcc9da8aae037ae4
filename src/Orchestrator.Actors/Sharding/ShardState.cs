using System.Collections.Immutable;

namespace Orchestrator.Actors.Sharding;

/// <summary>One shard of a <see cref="CurrentShardRegionState"/>: its id and its running entities.</summary>
public sealed record ShardState(string ShardId, ImmutableSortedSet<string> EntityIds);

namespace Orchestrator.Actors.Sharding;

/// <summary>The answer to <see cref="StartEntity"/>: the entity runs in the shard <see cref="ShardId"/>.</summary>
public sealed record StartEntityAck(string EntityId, string ShardId);

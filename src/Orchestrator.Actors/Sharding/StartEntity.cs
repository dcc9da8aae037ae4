namespace Orchestrator.Actors.Sharding;

/// <summary>
/// Asks a region to start an entity without sending it a message (Akka's <c>ShardRegion.StartEntity</c>); the
/// shard answers <see cref="StartEntityAck"/> once the entity runs (and, with remember-entities, is remembered).
/// </summary>
public sealed record StartEntity(string EntityId);

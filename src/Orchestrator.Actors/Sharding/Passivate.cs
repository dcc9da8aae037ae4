namespace Orchestrator.Actors.Sharding;

/// <summary>
/// Sent by an entity to its parent (the shard) to stop gracefully (Akka's <c>ShardRegion.Passivate</c>): the shard
/// buffers the entity's incoming messages, sends it <see cref="StopMessage"/>, and once it has stopped starts it
/// again if messages arrived meanwhile. A remembered entity that passivates is forgotten.
/// </summary>
public sealed record Passivate(object StopMessage);

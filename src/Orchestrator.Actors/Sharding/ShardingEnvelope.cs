namespace Orchestrator.Actors.Sharding;

/// <summary>
/// A message wrapped with the id of the entity it is for, for types whose messages do not carry one
/// (Akka's <c>ShardingEnvelope</c>). <see cref="HashCodeMessageExtractor"/> routes it and delivers
/// <see cref="Message"/> to the entity. Across nodes the payload travels under its own registered manifest.
/// </summary>
public sealed record ShardingEnvelope(string EntityId, object Message);

namespace Orchestrator.Actors.Sharding;

/// <summary>
/// How a shard region reads the messages it routes (Akka's <c>IMessageExtractor</c>): which entity a message
/// is for, which shard that entity belongs to, and what the entity receives. An extractor must be a pure
/// function of the message, and every region of a type (on every node) must use the same one: the shard of
/// an entity may never depend on where it is computed.
/// </summary>
public interface IMessageExtractor
{
    /// <summary>The id of the entity <paramref name="message"/> is for, or null when the region cannot route it.</summary>
    string? EntityId(object message);

    /// <summary>What the entity receives for <paramref name="message"/> (the message itself, or its unwrapped payload).</summary>
    object? EntityMessage(object message);

    /// <summary>The id of the shard of the entity <paramref name="message"/> is for, or null when the region cannot route it.</summary>
    string? ShardId(object message);

    /// <summary>The id of the shard of the entity <paramref name="entityId"/> (used for remembered and started entities).</summary>
    string ShardId(string entityId, object? messageHint = null);
}

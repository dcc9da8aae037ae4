namespace Orchestrator.Actors.Sharding;

/// <summary>
/// A message extractor that spreads entities over a fixed number of shards by a hash of the entity id (Akka's
/// <c>HashCodeMessageExtractor</c>). The hash is stable across processes and runs (it never uses
/// <see cref="string.GetHashCode()"/>, which .NET randomises per process). The number of shards is fixed for the
/// life of a type: changing it moves entities between shards. As Akka advises, take about ten times the
/// largest number of nodes that will host the type. <see cref="ShardingEnvelope"/> and <see cref="StartEntity"/>
/// are understood without help.
/// </summary>
public abstract class HashCodeMessageExtractor : IMessageExtractor
{
    /// <summary>An extractor over <paramref name="maxNumberOfShards"/> shards.</summary>
    protected HashCodeMessageExtractor(int maxNumberOfShards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNumberOfShards, 1);
        MaxNumberOfShards = maxNumberOfShards;
    }

    /// <summary>The number of shards entities are spread over.</summary>
    public int MaxNumberOfShards { get; }

    /// <summary>
    /// An extractor over <paramref name="maxNumberOfShards"/> shards that reads entity ids with
    /// <paramref name="entityId"/> and passes messages on unchanged, or through <paramref name="entityMessage"/>.
    /// </summary>
    public static HashCodeMessageExtractor Create(int maxNumberOfShards, Func<object, string?> entityId, Func<object, object>? entityMessage = null)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        return new Delegating(maxNumberOfShards, entityId, entityMessage);
    }

    /// <summary>The shard of <paramref name="entityId"/>: a stable hash of it, modulo <see cref="MaxNumberOfShards"/>.</summary>
    public static string ShardIdOf(string entityId, int maxNumberOfShards)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNumberOfShards, 1);
        return (StableHash(entityId) % (uint)maxNumberOfShards).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The entity id of a message that is neither a <see cref="ShardingEnvelope"/> nor a <see cref="StartEntity"/>.</summary>
    public abstract string? EntityIdOf(object message);

    /// <summary>What the entity receives for a message that is not a <see cref="ShardingEnvelope"/> (by default the message).</summary>
    public virtual object EntityMessageOf(object message) => message;

    /// <inheritdoc/>
    public string? EntityId(object message) => message switch
    {
        ShardingEnvelope envelope => envelope.EntityId,
        StartEntity start => start.EntityId,
        _ => EntityIdOf(message),
    };

    /// <inheritdoc/>
    public object? EntityMessage(object message) => message switch
    {
        ShardingEnvelope envelope => envelope.Message,
        StartEntity => message,
        _ => EntityMessageOf(message),
    };

    /// <inheritdoc/>
    public string? ShardId(object message) => EntityId(message) is { } id ? ShardId(id, message) : null;

    /// <inheritdoc/>
    public string ShardId(string entityId, object? messageHint = null) => ShardIdOf(entityId, MaxNumberOfShards);

    /// <summary>FNV-1a over the id's UTF-16 code units: cheap, stable, and spreads short ids well enough for shard choice.</summary>
    private static uint StableHash(string value)
    {
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private sealed class Delegating(int maxNumberOfShards, Func<object, string?> entityId, Func<object, object>? entityMessage)
        : HashCodeMessageExtractor(maxNumberOfShards)
    {
        public override string? EntityIdOf(object message) => entityId(message);

        public override object EntityMessageOf(object message) => entityMessage is null ? message : entityMessage(message);
    }
}

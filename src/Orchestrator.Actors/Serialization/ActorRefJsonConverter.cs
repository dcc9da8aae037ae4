using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orchestrator.Actors.Serialization;

/// <summary>
/// Writes an <see cref="IActorRef"/> as its full path with the system's network address and uid
/// (<c>orch://sys@host:port/user/a#12</c>) and reads one back by resolving the path in the system that is
/// deserialising (<see cref="Serialization.CurrentSystem"/>): a local actor, a remote reference, or dead letters.
/// </summary>
public sealed class ActorRefJsonConverter : JsonConverter<IActorRef>
{
    /// <inheritdoc/>
    public override bool HandleNull => false;

    /// <inheritdoc/>
    public override IActorRef? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is null)
        {
            return null;
        }

        if (Serialization.CurrentSystem is not ActorSystemImpl system)
        {
            throw new JsonException($"The actor reference '{text}' can only be read by an actor system's Serialization.");
        }

        if (!ActorPath.TryParse(text, out var path))
        {
            throw new JsonException($"'{text}' is not an actor path.");
        }

        return system.Provider.ResolveActorRef(path);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, IActorRef value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(Serialization.CurrentSystem is ActorSystemImpl system
            ? system.Provider.SerializationFormat(value)
            : value.Path.ToSerializationFormat());
    }
}

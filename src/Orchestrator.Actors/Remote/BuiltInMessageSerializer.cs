using System.Buffers;
using System.Text.Json;
using Orchestrator.Actors.Serialization;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// Serialises the runtime's built-in messages, which JSON alone cannot: singletons (PoisonPill, Kill), an
/// Identify's message id of any simple type, references (through <see cref="ActorRefJsonConverter"/>), a
/// Success's payload of any registered type, and a Failure's exception (as its type name and message).
/// </summary>
internal sealed class BuiltInMessageSerializer(Serialization.Serialization registry) : ISerializer
{
    private static readonly ActorRefJsonConverter RefConverter = new();

    public int Identifier => 2;

    public void ToBinary(object obj, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        switch (obj)
        {
            case Identify identify:
                WriteId(writer, identify.MessageId);
                break;
            case ActorIdentity identity:
                WriteId(writer, identity.MessageId);
                if (identity.Subject is { } subject)
                {
                    writer.WritePropertyName("subject");
                    RefConverter.Write(writer, subject, JsonSerializerOptions.Default);
                }

                break;
            case Status.Success { Status: { } status }:
                var nested = registry.Serialize(status);
                writer.WriteString("manifest", nested.Manifest);
                writer.WriteBase64String("payload", nested.Bytes);
                break;
            case Status.Failure { Cause: RemoteException remote }:
                // Passed on again: keep what the first system said.
                writer.WriteString("type", remote.OriginalType);
                writer.WriteString("message", remote.OriginalMessage);
                break;
            case Status.Failure failure:
                writer.WriteString("type", failure.Cause.GetType().FullName);
                writer.WriteString("message", failure.Cause.Message);
                break;
        }

        writer.WriteEndObject();
    }

    public object FromBinary(ReadOnlySpan<byte> bytes, Type type)
    {
        if (type == typeof(PoisonPill))
        {
            return PoisonPill.Instance;
        }

        if (type == typeof(Kill))
        {
            return Kill.Instance;
        }

        using var document = JsonDocument.Parse(bytes.ToArray());
        var root = document.RootElement;
        if (type == typeof(Identify))
        {
            return new Identify(ReadId(root));
        }

        if (type == typeof(ActorIdentity))
        {
            return new ActorIdentity(ReadId(root), root.TryGetProperty("subject", out var subject) ? ReadRef(subject) : null);
        }

        if (type == typeof(Status.Success))
        {
            return new Status.Success(root.TryGetProperty("manifest", out var manifest)
                ? registry.Deserialize(manifest.GetString()!, root.GetProperty("payload").GetBytesFromBase64())
                : null);
        }

        return new Status.Failure(new RemoteException(root.GetProperty("type").GetString() ?? "?", root.GetProperty("message").GetString() ?? string.Empty));
    }

    private static void WriteId(Utf8JsonWriter writer, object? id)
    {
        writer.WritePropertyName("id");
        JsonSerializer.Serialize(writer, id, id?.GetType() ?? typeof(object));
    }

    /// <summary>Simple ids come back as string, int, long, double or bool; anything else as its JSON text.</summary>
    private static object? ReadId(JsonElement root)
    {
        var id = root.GetProperty("id");
        return id.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => id.GetString(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when id.TryGetInt32(out var small) => small,
            JsonValueKind.Number when id.TryGetInt64(out var large) => large,
            JsonValueKind.Number => id.GetDouble(),
            _ => id.GetRawText(),
        };
    }

    private static IActorRef? ReadRef(JsonElement element)
    {
        var text = element.GetRawText();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text));
        reader.Read();
        return RefConverter.Read(ref reader, typeof(IActorRef), JsonSerializerOptions.Default);
    }
}

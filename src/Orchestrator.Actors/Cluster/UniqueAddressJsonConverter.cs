using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orchestrator.Actors.Cluster;

/// <summary>Writes a <see cref="UniqueAddress"/> as its string form, as a value and as a dictionary key.</summary>
internal sealed class UniqueAddressJsonConverter : JsonConverter<UniqueAddress>
{
    public override UniqueAddress Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void Write(Utf8JsonWriter writer, UniqueAddress value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    public override UniqueAddress ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString());

    public override void WriteAsPropertyName(Utf8JsonWriter writer, UniqueAddress value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString());
    }

    private static UniqueAddress Parse(string? text)
    {
        try
        {
            return UniqueAddress.Parse(text ?? throw new JsonException("A unique address must be a string."));
        }
        catch (FormatException e)
        {
            throw new JsonException(e.Message, e);
        }
    }
}

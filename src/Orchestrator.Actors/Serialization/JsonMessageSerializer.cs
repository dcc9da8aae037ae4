using System.Buffers;
using System.Text.Json;

namespace Orchestrator.Actors.Serialization;

/// <summary>
/// The default serializer: UTF-8 JSON with System.Text.Json. General (not web) defaults, so property names
/// keep their case; public fields are written as well as properties; records and other types with a
/// parameterised constructor round-trip through it.
/// </summary>
public sealed class JsonMessageSerializer : ISerializer
{
    /// <summary>The identifier of the built-in JSON serializer.</summary>
    public const int JsonIdentifier = 1;

    private readonly JsonSerializerOptions _options;

    /// <summary>A serializer with the default options (see the class remarks).</summary>
    public JsonMessageSerializer()
        : this(CreateDefaultOptions())
    {
    }

    /// <summary>A serializer with options of your own (converters, naming); they are frozen on first use.</summary>
    public JsonMessageSerializer(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The shared default instance.</summary>
    public static JsonMessageSerializer Default { get; } = new();

    /// <inheritdoc/>
    public int Identifier => JsonIdentifier;

    /// <summary>The options this serializer uses.</summary>
    public JsonSerializerOptions Options => _options;

    /// <summary>The default options: general defaults with fields included, and actor references written as their paths.</summary>
    public static JsonSerializerOptions CreateDefaultOptions() => new(JsonSerializerDefaults.General)
    {
        IncludeFields = true,
        Converters = { new ActorRefJsonConverter() },
    };

    /// <inheritdoc/>
    public void ToBinary(object obj, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(obj);
        using var writer = new Utf8JsonWriter(output);
        JsonSerializer.Serialize(writer, obj, obj.GetType(), _options);
    }

    /// <inheritdoc/>
    public object FromBinary(ReadOnlySpan<byte> bytes, Type type) =>
        JsonSerializer.Deserialize(bytes, type, _options)
        ?? throw new JsonException($"The JSON for {type.FullName} is null.");
}

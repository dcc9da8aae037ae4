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

    // One writer per thread, reset onto each output: remoting serialises every message through here.
    [ThreadStatic]
    private static Utf8JsonWriter? _threadWriter;

    /// <inheritdoc/>
    public void ToBinary(object obj, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(obj);
        var writer = _threadWriter;
        _threadWriter = null;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(output);
        }
        else
        {
            writer.Reset(output);
        }

        try
        {
            JsonSerializer.Serialize(writer, obj, obj.GetType(), _options);
            writer.Flush();
        }
        finally
        {
            writer.Reset();
            _threadWriter = writer;
        }
    }

    /// <inheritdoc/>
    public object FromBinary(ReadOnlySpan<byte> bytes, Type type) =>
        JsonSerializer.Deserialize(bytes, type, _options)
        ?? throw new JsonException($"The JSON for {type.FullName} is null.");
}

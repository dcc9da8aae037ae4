using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Orchestrator.Core.Api;

/// <summary>
/// The JSON conventions of the API, as Kubernetes writes its objects: camelCase names, enums
/// as their Kubernetes strings, null fields and empty lists and maps left out (Go's
/// <c>omitempty</c>), times in RFC 3339 to the second in UTC, quantities as strings.
/// </summary>
public static class ApiJson
{
    /// <summary>The shared, read-only serializer options for every API object.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes an API object with <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Deserializes an API object with <see cref="Options"/>.</summary>
    /// <exception cref="JsonException">The JSON is not a <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Expected a {typeof(T).Name}, got null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

            // Quotes as \" and non-ASCII as is, as Kubernetes writes them; API JSON is never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections } },
        };
        options.Converters.Add(new Rfc3339TimeJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly();
        return options;
    }

    private static void OmitEmptyCollections(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value switch
                {
                    null => false,
                    ICollection collection => collection.Count > 0,
                    IEnumerable sequence => sequence.GetEnumerator().MoveNext(),
                    _ => true,
                };
            }
        }
    }
}

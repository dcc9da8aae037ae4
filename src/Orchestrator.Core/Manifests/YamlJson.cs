using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orchestrator.Core.Manifests;

/// <summary>
/// YAML documents as JSON, the way Kubernetes reads manifests (YAML is turned into JSON, then decoded).
/// Plain scalars are typed by YAML 1.2's core schema (<c>80</c> is a number, <c>true</c> a boolean,
/// <c>null</c> and <c>~</c> null); quoted scalars are always strings, so <c>"80"</c> stays text.
/// </summary>
public static class YamlJson
{
    /// <summary>Every document of <paramref name="yaml"/>, in order; empty documents are skipped.</summary>
    /// <exception cref="ManifestException">The text is not YAML; the message gives the line and column.</exception>
    public static IReadOnlyList<(JsonNode Document, int Line)> Parse(string yaml, string source)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ManifestException($"{source}:{e.Start.Line}:{e.Start.Column}: not valid YAML: {e.InnerException?.Message ?? e.Message}", e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // The YAML scanner reports some malformed input (an unterminated flow sequence) this way.
            throw new ManifestException($"{source}: not valid YAML: {e.Message}", e);
        }

        var documents = new List<(JsonNode, int)>();
        foreach (var document in stream.Documents)
        {
            if (ToJson(document.RootNode) is { } node)
            {
                documents.Add((node, (int)document.RootNode.Start.Line));
            }
        }

        return documents;
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => ToObject(mapping),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode scalar => ToValue(scalar),
        _ => throw new ManifestException($"line {node.Start.Line}: YAML aliases are not supported in manifests."),
    };

    private static JsonObject ToObject(YamlMappingNode mapping)
    {
        var json = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                throw new ManifestException($"line {key.Start.Line}: a mapping key must be a plain string.");
            }

            if (!json.TryAdd(name, ToJson(value)))
            {
                throw new ManifestException($"line {key.Start.Line}: the key '{name}' appears twice.");
            }
        }

        return json;
    }

    private static JsonNode? ToValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
            _ when IsFloat(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) => JsonValue.Create(real),
            _ => JsonValue.Create(text),
        };
    }

    // YAML 1.2 core schema floats: [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    private static bool IsFloat(string text) =>
        text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.') && text.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '-' or '+');
}

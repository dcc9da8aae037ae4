using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Orchestrator.Core.Api;

namespace Orchestrator.Core.Manifests;

/// <summary>
/// Reads API objects from manifests (YAML or JSON, several documents separated by <c>---</c>), as
/// <c>kubectl apply -f</c> and the kubelet's static pod files are read. Decoding is strict: a field the
/// API does not have is an error, not silently dropped, so a typo never goes unnoticed.
/// </summary>
public static class ManifestReader
{
    private static readonly JsonSerializerOptions Strict = new(ApiJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <summary>The pods of a manifest file.</summary>
    /// <exception cref="ManifestException">The file cannot be read, or a document is not a valid v1 Pod.</exception>
    public static async Task<IReadOnlyList<Pod>> ReadPodsAsync(string path, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifestException($"{path}: {e.Message}", e);
        }

        return ReadPods(text, path);
    }

    /// <summary>The pods of a manifest's text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="ManifestException">A document is not a valid v1 Pod.</exception>
    public static IReadOnlyList<Pod> ReadPods(string text, string source)
    {
        var pods = new List<Pod>();
        foreach (var (document, line) in YamlJson.Parse(text, source))
        {
            var where = $"{source}:{line}";
            if (document is not JsonObject json)
            {
                throw new ManifestException($"{where}: a manifest document must be an object with apiVersion and kind.");
            }

            var apiVersion = (json["apiVersion"] as JsonValue)?.ToString();
            var kind = (json["kind"] as JsonValue)?.ToString();
            if (apiVersion != "v1" || kind != "Pod")
            {
                throw new ManifestException($"{where}: expected apiVersion v1, kind Pod; got apiVersion {apiVersion ?? "(none)"}, kind {kind ?? "(none)"}.");
            }

            Pod pod;
            try
            {
                pod = json.Deserialize<Pod>(Strict) ?? throw new JsonException("The document is null.");
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
            {
                throw new ManifestException($"{where}: not a valid Pod: {e.Message}", e);
            }

            if (string.IsNullOrEmpty(pod.Metadata.Name))
            {
                throw new ManifestException($"{where}: the pod has no metadata.name.");
            }

            if (pod.Spec.Containers.Count == 0)
            {
                throw new ManifestException($"{where}: pod '{pod.Metadata.Name}' has no containers.");
            }

            pods.Add(pod);
        }

        return pods;
    }
}

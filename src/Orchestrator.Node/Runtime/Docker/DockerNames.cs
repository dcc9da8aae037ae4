using System.Text;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>
/// The names of sandbox and container objects in Docker, shaped as the kubelet's dockershim named them
/// (<c>k8s_POD_pod_namespace_uid_attempt</c>, <c>k8s_container_pod_namespace_uid_attempt</c>) so that
/// <c>docker ps</c> reads naturally. Names are for people: the runtime finds its objects by label.
/// </summary>
internal static class DockerNames
{
    /// <summary>The name of a pod's sandbox.</summary>
    public static string Sandbox(PodSandboxConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Join("POD", config.PodName, config.Namespace, config.PodUid, config.Attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The name of a pod's container, from its name, its pod's labels and its attempt label.</summary>
    public static string Container(string name, IReadOnlyDictionary<string, string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return Join(
            name,
            labels.GetValueOrDefault(ContainerLabels.PodName, "pod"),
            labels.GetValueOrDefault(ContainerLabels.PodNamespace, "default"),
            labels.GetValueOrDefault(ContainerLabels.PodUid, "uid"),
            labels.GetValueOrDefault(ContainerLabels.Attempt, "0"));
    }

    /// <summary>A name made unique by a random suffix, for when the plain one is taken (a leftover of an earlier agent).</summary>
    public static string WithRandomSuffix(string name) => $"{name}_{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4))}";

    /// <summary>The directory name of a sandbox under the runtime's root: its pod uid and attempt.</summary>
    public static string SandboxDirectory(PodSandboxConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return $"{Clean(config.PodUid)}_{config.Attempt}";
    }

    private static string Join(string first, params ReadOnlySpan<string> rest)
    {
        var builder = new StringBuilder("k8s_").Append(Clean(first));
        foreach (var part in rest)
        {
            builder.Append('_').Append(Clean(part));
        }

        return builder.ToString();
    }

    /// <summary>Docker allows <c>[a-zA-Z0-9][a-zA-Z0-9_.-]*</c> in names; anything else becomes '-'.</summary>
    private static string Clean(string part) =>
        part.Length == 0
            ? "-"
            : string.Create(part.Length, part, static (span, text) =>
            {
                for (var i = 0; i < text.Length; i++)
                {
                    var c = text[i];
                    span[i] = char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-';
                }
            });
}

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>
/// The labels the Docker runtime keeps for itself on sandboxes and containers, beside the caller's. Docker keeps
/// labels with the container, so they are the runtime's whole state: a new runtime instance (a restarted agent)
/// reads everything it needs from them. They all start with <see cref="Prefix"/> and are not shown to callers.
/// </summary>
internal static class DockerLabels
{
    /// <summary>The prefix of every label of the runtime's own.</summary>
    public const string Prefix = "io.orchestrator.docker.";

    /// <summary>Whether the container is a pod sandbox (<see cref="SandboxType"/>) or a pod's container (<see cref="ContainerType"/>).</summary>
    public const string Type = Prefix + "type";

    /// <summary>The value of <see cref="Type"/> on a sandbox.</summary>
    public const string SandboxType = "podsandbox";

    /// <summary>The value of <see cref="Type"/> on a pod's container.</summary>
    public const string ContainerType = "container";

    /// <summary>On a container: the id of its sandbox.</summary>
    public const string SandboxId = Prefix + "sandbox-id";

    /// <summary>On a sandbox: its directory under the runtime's root, which holds its emptyDir volumes.</summary>
    public const string SandboxDirectory = Prefix + "sandbox-dir";

    /// <summary>On a sandbox, followed by a volume's name: the host directory of that volume.</summary>
    public const string VolumePrefix = Prefix + "volume.";

    /// <summary>The labels without the runtime's own: what the caller gave, plus the pod's identity.</summary>
    public static IReadOnlyDictionary<string, string> Public(IReadOnlyDictionary<string, string>? labels) =>
        labels is null
            ? new Dictionary<string, string>()
            : labels.Where(label => !label.Key.StartsWith(Prefix, StringComparison.Ordinal)).ToDictionary(label => label.Key, label => label.Value);

    /// <summary>The selector with the type label added, so that a listing sees only sandboxes or only containers.</summary>
    public static IReadOnlyDictionary<string, string> Selector(IReadOnlyDictionary<string, string> selector, string type)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return new Dictionary<string, string>(selector) { [Type] = type };
    }
}

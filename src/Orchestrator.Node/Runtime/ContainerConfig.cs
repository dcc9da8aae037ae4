namespace Orchestrator.Node.Runtime;

/// <summary>What one container is made from: the runtime's view of a pod's container spec.</summary>
/// <param name="Name">The container's name within its pod.</param>
/// <param name="Image">The image reference.</param>
/// <param name="Command">Replaces the image's entrypoint when not empty.</param>
/// <param name="Args">Replaces the image's command (the entrypoint's arguments) when not empty.</param>
/// <param name="Env">Environment variables, in order.</param>
/// <param name="WorkingDir">The working directory; the image's (or the sandbox directory) when null.</param>
/// <param name="Mounts">Sandbox volumes mounted into the container.</param>
/// <param name="Resources">CPU and memory limits; null fields mean no limit.</param>
/// <param name="Labels">Labels the runtime keeps on the container: pod uid, pod name, container name, attempt.</param>
public sealed record ContainerConfig(
    string Name,
    string Image,
    IReadOnlyList<string> Command,
    IReadOnlyList<string> Args,
    IReadOnlyList<KeyValuePair<string, string>> Env,
    string? WorkingDir,
    IReadOnlyList<ContainerMount> Mounts,
    ContainerResources Resources,
    IReadOnlyDictionary<string, string> Labels);

namespace Orchestrator.Node.Runtime;

/// <summary>
/// A volume of a pod sandbox: an emptyDir (created with the sandbox, shared by its
/// containers, removed with it) when <see cref="HostPath"/> is null, or a directory of the host.
/// </summary>
/// <param name="Name">The volume's name, which container mounts refer to.</param>
/// <param name="HostPath">The host directory of a hostPath volume; null for an emptyDir.</param>
public sealed record SandboxVolume(string Name, string? HostPath);

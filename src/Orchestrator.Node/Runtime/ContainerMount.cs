namespace Orchestrator.Node.Runtime;

/// <summary>A sandbox volume mounted into a container.</summary>
/// <param name="VolumeName">The <see cref="SandboxVolume.Name"/> it mounts.</param>
/// <param name="MountPath">Where it appears inside the container.</param>
/// <param name="ReadOnly">Whether the container may write to it.</param>
public sealed record ContainerMount(string VolumeName, string MountPath, bool ReadOnly);

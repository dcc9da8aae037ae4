namespace Orchestrator.Core.Api;

/// <summary>A volume of a pod (Kubernetes' <c>Volume</c>); exactly one source is set.</summary>
public sealed record Volume
{
    /// <summary>The volume's name, which the containers' volume mounts refer to.</summary>
    public string Name { get; init; } = "";

    /// <summary>A directory that starts empty, is shared by the pod's containers and is deleted with the pod.</summary>
    public EmptyDirVolumeSource? EmptyDir { get; init; }

    /// <summary>A directory of the node, outliving the pod.</summary>
    public HostPathVolumeSource? HostPath { get; init; }
}

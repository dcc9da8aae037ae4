namespace Orchestrator.Core.Api;

/// <summary>Where a container sees one of its pod's volumes (Kubernetes' <c>VolumeMount</c>).</summary>
public sealed record VolumeMount
{
    /// <summary>The name of the pod volume.</summary>
    public string Name { get; init; } = "";

    /// <summary>The path inside the container.</summary>
    public string MountPath { get; init; } = "";

    /// <summary>Whether the container may only read it.</summary>
    public bool ReadOnly { get; init; }
}

namespace Orchestrator.Core.Api;

/// <summary>
/// A pod (Kubernetes' core/v1 <c>Pod</c>): containers that are scheduled together onto one node,
/// share a network namespace and volumes, and live and die together.
/// </summary>
public sealed record Pod
{
    /// <summary>The API version of this representation.</summary>
    public string ApiVersion { get; init; } = "v1";

    /// <summary>The kind, always <c>Pod</c>.</summary>
    public string Kind { get; init; } = "Pod";

    /// <summary>Name, namespace, uid, labels...</summary>
    public ObjectMeta Metadata { get; init; } = new();

    /// <summary>The desired state: what to run and how.</summary>
    public PodSpec Spec { get; init; } = new();

    /// <summary>The observed state, reported by the node agent.</summary>
    public PodStatus Status { get; init; } = new();
}

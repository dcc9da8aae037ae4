namespace Orchestrator.Node.Runtime;

/// <summary>
/// The label keys the node agent puts on sandboxes and containers (Kubernetes' kubelet uses
/// the same names), so that a restarted agent can find and adopt what it started.
/// </summary>
public static class ContainerLabels
{
    /// <summary>The uid of the pod.</summary>
    public const string PodUid = "io.kubernetes.pod.uid";

    /// <summary>The name of the pod.</summary>
    public const string PodName = "io.kubernetes.pod.name";

    /// <summary>The namespace of the pod.</summary>
    public const string PodNamespace = "io.kubernetes.pod.namespace";

    /// <summary>The name of the container within its pod.</summary>
    public const string ContainerName = "io.kubernetes.container.name";

    /// <summary>How many times this container was restarted before (the restart count).</summary>
    public const string Attempt = "io.kubernetes.container.restartCount";

    /// <summary>Marks every object this agent manages, so that others are never touched.</summary>
    public const string ManagedBy = "io.orchestrator.managed-by";

    /// <summary>The value of <see cref="ManagedBy"/>.</summary>
    public const string ManagedByValue = "orchestrator-node";
}

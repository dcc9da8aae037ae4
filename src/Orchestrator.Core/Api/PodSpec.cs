namespace Orchestrator.Core.Api;

/// <summary>The desired state of a pod (Kubernetes' <c>PodSpec</c>).</summary>
public sealed record PodSpec
{
    /// <summary>Kubernetes' default of <see cref="TerminationGracePeriodSeconds"/>.</summary>
    public const long DefaultTerminationGracePeriodSeconds = 30;

    /// <summary>The containers of the pod; at least one.</summary>
    public IReadOnlyList<Container> Containers { get; init; } = [];

    /// <summary>When the node agent restarts containers that exit.</summary>
    public RestartPolicy RestartPolicy { get; init; } = RestartPolicy.Always;

    /// <summary>
    /// Seconds between asking the containers to stop (SIGTERM) and killing them (SIGKILL) when the
    /// pod is deleted; 30 unless set.
    /// </summary>
    public long? TerminationGracePeriodSeconds { get; init; } = DefaultTerminationGracePeriodSeconds;

    /// <summary>Volumes the containers can mount.</summary>
    public IReadOnlyList<Volume> Volumes { get; init; } = [];

    /// <summary>The node the pod is bound to; empty until the scheduler binds it.</summary>
    public string? NodeName { get; init; }
}

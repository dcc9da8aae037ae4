namespace Orchestrator.Core.Api;

/// <summary>
/// The observed state of a pod (Kubernetes' <c>PodStatus</c>), as its node agent computes it.
/// Equality compares values, lists element by element, so a status recomputed to the same
/// content is equal to the last one sent.
/// </summary>
public sealed record PodStatus
{
    /// <summary>Where the pod is in its life: Pending, Running, Succeeded, Failed or Unknown.</summary>
    public PodPhase? Phase { get; init; }

    /// <summary>The pod's conditions: PodScheduled, Initialized, ContainersReady, Ready.</summary>
    public IReadOnlyList<PodCondition> Conditions { get; init; } = [];

    /// <summary>Why the pod is in its phase, for people.</summary>
    public string? Message { get; init; }

    /// <summary>Why the pod is in its phase, in one CamelCase word (e.g. <c>Evicted</c>).</summary>
    public string? Reason { get; init; }

    /// <summary>The address of the node the pod runs on.</summary>
    public string? HostIP { get; init; }

    /// <summary>The pod's address, from its sandbox.</summary>
    public string? PodIP { get; init; }

    /// <summary>When the node agent accepted the pod, before any container started.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>One status per container of the spec, in the spec's order.</summary>
    public IReadOnlyList<ContainerStatus> ContainerStatuses { get; init; } = [];

    /// <summary>The condition of the given type, if present.</summary>
    public PodCondition? Condition(string type) => Conditions.FirstOrDefault(c => c.Type == type);

    /// <summary>The status of the named container, if present.</summary>
    public ContainerStatus? Container(string name) => ContainerStatuses.FirstOrDefault(c => c.Name == name);

    /// <inheritdoc />
    public bool Equals(PodStatus? other) =>
        other is not null
        && Phase == other.Phase
        && Message == other.Message
        && Reason == other.Reason
        && HostIP == other.HostIP
        && PodIP == other.PodIP
        && StartTime == other.StartTime
        && ApiCollections.SequenceEqual(Conditions, other.Conditions)
        && ApiCollections.SequenceEqual(ContainerStatuses, other.ContainerStatuses);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        Phase, Message, Reason, HostIP, PodIP, StartTime,
        ApiCollections.SequenceHash(Conditions), ApiCollections.SequenceHash(ContainerStatuses));
}

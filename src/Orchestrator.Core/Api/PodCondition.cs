namespace Orchestrator.Core.Api;

/// <summary>One condition of a pod (Kubernetes' <c>PodCondition</c>).</summary>
public sealed record PodCondition
{
    /// <summary>The condition's type; see <see cref="PodConditionTypes"/>. Open, as readiness gates add their own.</summary>
    public string Type { get; init; } = "";

    /// <summary>True, False or Unknown.</summary>
    public ConditionStatus Status { get; init; } = ConditionStatus.Unknown;

    /// <summary>Why the condition last changed, in one CamelCase word.</summary>
    public string? Reason { get; init; }

    /// <summary>Why the condition last changed, for people.</summary>
    public string? Message { get; init; }

    /// <summary>When the condition was last probed.</summary>
    public DateTimeOffset? LastProbeTime { get; init; }

    /// <summary>When <see cref="Status"/> last changed.</summary>
    public DateTimeOffset? LastTransitionTime { get; init; }
}

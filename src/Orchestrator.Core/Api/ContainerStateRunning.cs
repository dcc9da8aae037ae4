namespace Orchestrator.Core.Api;

/// <summary>A running container.</summary>
public sealed record ContainerStateRunning
{
    /// <summary>When it (last) started.</summary>
    public DateTimeOffset? StartedAt { get; init; }
}

using System.Text.Json.Serialization;

namespace Orchestrator.Core.Api;

/// <summary>A container that has ended.</summary>
public sealed record ContainerStateTerminated
{
    /// <summary>Its exit code; 128 + n when killed by signal n.</summary>
    public int ExitCode { get; init; }

    /// <summary>The signal that killed it, when known.</summary>
    public int? Signal { get; init; }

    /// <summary>Why it ended: <c>Completed</c> (exit 0), <c>Error</c>, <c>OOMKilled</c>...</summary>
    public string? Reason { get; init; }

    /// <summary>More detail.</summary>
    public string? Message { get; init; }

    /// <summary>When it started.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>When it ended.</summary>
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>The runtime's id of the container that ended, as <c>runtime://id</c>.</summary>
    [JsonPropertyName("containerID")]
    public string? ContainerId { get; init; }
}

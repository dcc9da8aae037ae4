using System.Text.Json.Serialization;

namespace Orchestrator.Core.Api;

/// <summary>The observed state of one container of a pod (Kubernetes' <c>ContainerStatus</c>).</summary>
public sealed record ContainerStatus
{
    /// <summary>The container's name, as in the spec.</summary>
    public string Name { get; init; } = "";

    /// <summary>What the container is doing now.</summary>
    public ContainerState State { get; init; } = new();

    /// <summary>How the container's previous run ended, when it was restarted.</summary>
    public ContainerState LastState { get; init; } = new();

    /// <summary>Whether the container passes its readiness probe (or is running, when it has none).</summary>
    public bool Ready { get; init; }

    /// <summary>How many times the container has been restarted.</summary>
    public int RestartCount { get; init; }

    /// <summary>The image it runs.</summary>
    public string Image { get; init; } = "";

    /// <summary>The runtime's id of the image.</summary>
    [JsonPropertyName("imageID")]
    public string ImageId { get; init; } = "";

    /// <summary>The runtime's id of the container, as <c>runtime://id</c>.</summary>
    [JsonPropertyName("containerID")]
    public string? ContainerId { get; init; }

    /// <summary>Whether the container has passed its startup probe (or is running, when it has none).</summary>
    public bool? Started { get; init; }
}

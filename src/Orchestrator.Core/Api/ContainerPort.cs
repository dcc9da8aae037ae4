using System.Text.Json.Serialization;

namespace Orchestrator.Core.Api;

/// <summary>A port a container listens on (Kubernetes' <c>ContainerPort</c>).</summary>
public sealed record ContainerPort
{
    /// <summary>A name for the port (an IANA service name), which probes and services can refer to.</summary>
    public string? Name { get; init; }

    /// <summary>The port number inside the pod's network namespace (Kubernetes' <c>containerPort</c>).</summary>
    [JsonPropertyName("containerPort")]
    public int Port { get; init; }

    /// <summary>The protocol.</summary>
    public Protocol Protocol { get; init; } = Protocol.TCP;

    /// <summary>A port of the host to expose it on, if any.</summary>
    public int? HostPort { get; init; }
}

namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>A container's attachment to one network.</summary>
internal sealed record EndpointSettings(string? IPAddress);

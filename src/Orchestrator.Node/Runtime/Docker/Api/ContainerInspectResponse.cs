namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>GET /containers/{id}/json, the fields used.</summary>
internal sealed record ContainerInspectResponse(
    string Id,
    string Name,
    string Created,
    ContainerStateResponse State,
    ContainerConfigResponse Config,
    NetworkSettingsResponse? NetworkSettings,
    HostConfig? HostConfig);

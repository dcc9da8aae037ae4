namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>POST /containers/create: what the container is made from. Null members are left out (the engine's defaults).</summary>
internal sealed record ContainerCreateRequest(
    string Image,
    IReadOnlyList<string>? Entrypoint,
    IReadOnlyList<string>? Cmd,
    IReadOnlyList<string>? Env,
    string? WorkingDir,
    string? Hostname,
    string? StopSignal,
    IReadOnlyDictionary<string, string> Labels,
    HostConfig HostConfig);

namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>GET /version: the engine's version and the API versions it speaks.</summary>
internal sealed record VersionResponse(string Version, string ApiVersion, string? MinAPIVersion, string? Os, string? Arch);

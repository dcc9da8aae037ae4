namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>GET /images/{name}/json, the fields used: the image's digest and size.</summary>
internal sealed record ImageInspectResponse(string Id, long? Size, IReadOnlyList<string>? RepoTags);

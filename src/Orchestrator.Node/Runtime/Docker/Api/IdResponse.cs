namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>The answer of POST /containers/create and POST /containers/{id}/exec: the new object's id.</summary>
internal sealed record IdResponse(string Id, IReadOnlyList<string>? Warnings);

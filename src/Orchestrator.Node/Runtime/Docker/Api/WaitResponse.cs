namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>POST /containers/{id}/wait: sent when the container has stopped.</summary>
internal sealed record WaitResponse(long StatusCode, ErrorResponse? Error);

namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>One message of GET /events, the field used: what happened (<c>oom</c>, <c>die</c> ...).</summary>
internal sealed record EventMessage(string? Action);

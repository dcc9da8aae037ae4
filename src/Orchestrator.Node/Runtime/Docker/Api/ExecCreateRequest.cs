namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>POST /containers/{id}/exec: a command whose stdout and stderr come back multiplexed.</summary>
internal sealed record ExecCreateRequest(IReadOnlyList<string> Cmd, bool AttachStdout = true, bool AttachStderr = true);

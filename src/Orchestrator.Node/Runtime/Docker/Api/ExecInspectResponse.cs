namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>GET /exec/{id}/json: whether the command still runs, its exit code, and its pid on the host.</summary>
internal sealed record ExecInspectResponse(bool Running, int? ExitCode, int Pid);

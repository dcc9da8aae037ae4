namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>POST /exec/{id}/start: attached (the output streams until the command exits), without a terminal.</summary>
internal sealed record ExecStartRequest(bool Detach = false, bool Tty = false);

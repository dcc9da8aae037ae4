namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>The <c>State</c> of an inspected container. Times are RFC 3339 with nanoseconds; never-set ones are year 1.</summary>
internal sealed record ContainerStateResponse(
    string Status,
    bool Running,
    bool OOMKilled,
    int ExitCode,
    string? Error,
    string? StartedAt,
    string? FinishedAt);

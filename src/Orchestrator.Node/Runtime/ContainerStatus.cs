namespace Orchestrator.Node.Runtime;

/// <summary>The state of one container as the runtime sees it.</summary>
/// <param name="Id">The runtime's id of the container.</param>
/// <param name="SandboxId">The sandbox it belongs to.</param>
/// <param name="Name">Its name within the pod.</param>
/// <param name="Image">The image it runs.</param>
/// <param name="State">Created, running, exited or unknown.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="StartedAt">When it was started, once it has been.</param>
/// <param name="FinishedAt">When it exited, once it has.</param>
/// <param name="ExitCode">Its exit code once exited; 128 + n when killed by signal n.</param>
/// <param name="Reason">Why it exited, in Kubernetes' words: <c>Completed</c>, <c>Error</c>, <c>OOMKilled</c>.</param>
/// <param name="Message">More detail, e.g. the signal that killed it.</param>
/// <param name="Labels">The labels it was created with.</param>
public sealed record ContainerStatus(
    string Id,
    string SandboxId,
    string Name,
    string Image,
    ContainerState State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int? ExitCode,
    string? Reason,
    string? Message,
    IReadOnlyDictionary<string, string> Labels);

namespace Orchestrator.Node.Runtime;

/// <summary>The state of a pod sandbox.</summary>
/// <param name="Id">The runtime's id of the sandbox.</param>
/// <param name="Ready">Whether it is running (its network namespace exists).</param>
/// <param name="Ip">The pod's IP address, when the runtime gives pods one of their own.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="Labels">The labels it was created with.</param>
public sealed record PodSandboxStatus(
    string Id,
    bool Ready,
    string? Ip,
    DateTimeOffset CreatedAt,
    IReadOnlyDictionary<string, string> Labels);

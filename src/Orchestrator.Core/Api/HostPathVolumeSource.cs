namespace Orchestrator.Core.Api;

/// <summary>A hostPath volume: a file or directory of the node.</summary>
public sealed record HostPathVolumeSource
{
    /// <summary>The path on the node.</summary>
    public string Path { get; init; } = "";

    /// <summary>What must be at the path, or be created there (<see cref="HostPathType"/>); no check when empty.</summary>
    public string? Type { get; init; }
}

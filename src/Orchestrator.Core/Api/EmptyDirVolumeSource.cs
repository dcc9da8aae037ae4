namespace Orchestrator.Core.Api;

/// <summary>An emptyDir volume: created empty with the pod, deleted with it.</summary>
public sealed record EmptyDirVolumeSource
{
    /// <summary>What backs the directory (<see cref="StorageMedium"/>): the node's disk when empty, or <c>Memory</c>.</summary>
    public string? Medium { get; init; }

    /// <summary>The most it may hold, if limited.</summary>
    public Quantity? SizeLimit { get; init; }
}

namespace Orchestrator.Core.Api;

/// <summary>
/// A container's compute resources (Kubernetes' <c>ResourceRequirements</c>), keyed by resource
/// name (<see cref="ResourceNames"/>): requests reserve capacity when scheduling, limits cap use.
/// </summary>
public sealed record ResourceRequirements
{
    /// <summary>What the container is guaranteed; the scheduler fits pods by these.</summary>
    public IReadOnlyDictionary<string, Quantity> Requests { get; init; } = ApiCollections.EmptyResources;

    /// <summary>The most the container may use: CPU is throttled, memory beyond it is OOMKilled.</summary>
    public IReadOnlyDictionary<string, Quantity> Limits { get; init; } = ApiCollections.EmptyResources;
}

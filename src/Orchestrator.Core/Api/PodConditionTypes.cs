namespace Orchestrator.Core.Api;

/// <summary>The types of pod condition Kubernetes defines.</summary>
public static class PodConditionTypes
{
    /// <summary>The pod is bound to a node.</summary>
    public const string PodScheduled = "PodScheduled";

    /// <summary>Every init container has completed (pods without init containers are initialized at once).</summary>
    public const string Initialized = "Initialized";

    /// <summary>Every container is ready.</summary>
    public const string ContainersReady = "ContainersReady";

    /// <summary>The pod can serve requests and belongs in its services' endpoints.</summary>
    public const string Ready = "Ready";
}

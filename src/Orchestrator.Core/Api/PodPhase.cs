using System.Text.Json.Serialization;

namespace Orchestrator.Core.Api;

/// <summary>The phase of a pod, as Kubernetes computes it from its containers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PodPhase>))]
public enum PodPhase
{
    /// <summary>Accepted, but some container has not been created or started yet.</summary>
    Pending,

    /// <summary>Bound to a node, every container created, at least one running or restarting.</summary>
    Running,

    /// <summary>Every container terminated with exit code 0 and none will be restarted.</summary>
    Succeeded,

    /// <summary>Every container terminated, at least one in failure, and none will be restarted.</summary>
    Failed,

    /// <summary>The state of the pod could not be obtained (its node is unreachable).</summary>
    Unknown,
}

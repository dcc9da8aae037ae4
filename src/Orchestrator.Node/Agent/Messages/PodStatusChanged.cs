using Orchestrator.Core.Api;

namespace Orchestrator.Node.Agent.Messages;

/// <summary>The status the agent computed for a pod changed; sent to the agent's status receiver.</summary>
/// <param name="PodUid">The pod's uid.</param>
/// <param name="Namespace">The pod's namespace.</param>
/// <param name="Name">The pod's name.</param>
/// <param name="Status">The whole new status.</param>
public sealed record PodStatusChanged(string PodUid, string Namespace, string Name, PodStatus Status);

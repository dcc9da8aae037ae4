namespace Orchestrator.Node.Agent.Messages;

/// <summary>Asks the agent for the current status of a pod; answered with a <see cref="PodStatusResult"/>.</summary>
/// <param name="PodUid">The pod's uid.</param>
public sealed record GetPodStatus(string PodUid);

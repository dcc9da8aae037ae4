namespace Orchestrator.Node.Agent.Messages;

/// <summary>
/// A pod's containers and sandbox are stopped and removed and the agent forgot it; the last message
/// about the pod sent to the agent's status receiver.
/// </summary>
/// <param name="PodUid">The pod's uid.</param>
/// <param name="Namespace">The pod's namespace.</param>
/// <param name="Name">The pod's name.</param>
public sealed record PodRemoved(string PodUid, string Namespace, string Name);

using Orchestrator.Core.Api;

namespace Orchestrator.Node.Agent.Messages;

/// <summary>
/// The full set of pods bound to this node, like the kubelet's first list from the API server:
/// each is run (or updated), and pods the agent runs that are not in it are stopped and removed.
/// The first one also stops and removes the leftovers of pods the agent no longer knows (found by
/// their labels after a restart of the agent).
/// </summary>
/// <param name="Pods">Every pod bound to this node.</param>
public sealed record SyncPods(IReadOnlyList<Pod> Pods);

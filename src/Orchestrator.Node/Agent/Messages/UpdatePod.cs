using Orchestrator.Core.Api;

namespace Orchestrator.Node.Agent.Messages;

/// <summary>
/// A new version of a running pod. What Kubernetes lets change on a running pod and the agent acts
/// on: a deletion timestamp (with its grace period) stops and removes the pod. The spec of a
/// running pod's containers is otherwise immutable.
/// </summary>
/// <param name="Pod">The new version.</param>
public sealed record UpdatePod(Pod Pod);

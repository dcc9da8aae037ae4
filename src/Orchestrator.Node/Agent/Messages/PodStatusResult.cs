using Orchestrator.Core.Api;

namespace Orchestrator.Node.Agent.Messages;

/// <summary>The answer to <see cref="GetPodStatus"/>.</summary>
/// <param name="PodUid">The pod asked about.</param>
/// <param name="Status">Its current status; null when the agent does not run the pod.</param>
public sealed record PodStatusResult(string PodUid, PodStatus? Status);

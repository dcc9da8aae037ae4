using Orchestrator.Core.Api;

namespace Orchestrator.Node.Agent.Messages;

/// <summary>
/// A pod bound to this node: run it. A pod with the uid of one already running is an
/// <see cref="UpdatePod"/>. Its containers that still run (the agent restarted) are adopted, never started twice.
/// </summary>
/// <param name="Pod">The pod, with at least its uid, name and containers.</param>
public sealed record RunPod(Pod Pod);

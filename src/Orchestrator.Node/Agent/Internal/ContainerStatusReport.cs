using Orchestrator.Core.Api;

namespace Orchestrator.Node.Agent.Internal;

/// <summary>A container actor's status changed; sent to its pod actor.</summary>
/// <param name="Status">The container's whole status.</param>
internal sealed record ContainerStatusReport(ContainerStatus Status);

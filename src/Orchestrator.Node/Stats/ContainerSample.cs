using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Stats;

/// <summary>A running container and the runtime's sample of its use.</summary>
/// <param name="Status">The container, with its pod labels.</param>
/// <param name="Stats">The sample.</param>
internal sealed record ContainerSample(ContainerStatus Status, ContainerStats Stats);

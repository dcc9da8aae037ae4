namespace Orchestrator.Node.Probes;

/// <summary>What a probe is run against.</summary>
/// <param name="ContainerId">The runtime's id of the container (for exec probes).</param>
/// <param name="Host">The pod's IP, or 127.0.0.1 where pods share the host network; the default host of httpGet and tcpSocket probes.</param>
/// <param name="NamedPorts">The container's named ports (name → container port), to resolve a probe's port given by name.</param>
public sealed record ProbeTarget(string ContainerId, string Host, IReadOnlyDictionary<string, int> NamedPorts);

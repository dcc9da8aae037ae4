namespace Orchestrator.Node.Runtime.Docker.Api;

/// <summary>The host side of a container: namespaces shared with the sandbox, bind mounts, limits.</summary>
/// <param name="NetworkMode"><c>bridge</c> for a sandbox, <c>container:&lt;sandbox id&gt;</c> for the pod's containers.</param>
/// <param name="IpcMode"><c>shareable</c> for a sandbox, <c>container:&lt;sandbox id&gt;</c> for the pod's containers.</param>
/// <param name="Binds"><c>host:container[:ro]</c> bind mounts.</param>
/// <param name="Memory">Memory limit in bytes; 0 for none.</param>
/// <param name="MemorySwap">Memory plus swap in bytes: equal to <paramref name="Memory"/> for no swap (as the kubelet sets it); 0 for the engine's default.</param>
/// <param name="NanoCpus">CPU limit in billionths of a core; 0 for none.</param>
internal sealed record HostConfig(string NetworkMode, string? IpcMode, IReadOnlyList<string>? Binds, long Memory, long MemorySwap, long NanoCpus);

namespace Orchestrator.Node.Agent.Internal;

/// <summary>The answer to <see cref="StopContainer"/>: the container has exited (or never ran) and will not run again.</summary>
/// <param name="Name">The container's name.</param>
internal sealed record ContainerStopped(string Name);

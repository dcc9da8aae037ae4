namespace Orchestrator.Node.Agent.Internal;

/// <summary>
/// The pod is terminating: stop the container (SIGTERM, then SIGKILL after <paramref name="GracePeriod"/>)
/// and restart it no more; answered with <see cref="ContainerStopped"/>.
/// </summary>
/// <param name="GracePeriod">The time between SIGTERM and SIGKILL.</param>
internal sealed record StopContainer(TimeSpan GracePeriod);

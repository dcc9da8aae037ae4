namespace Orchestrator.Benchmarks.Scenarios.ContainerStart;

/// <summary>
/// One way of starting a container (or a process standing in for one): a runtime, the Docker CLI, or
/// Process.Start. Each start is timed from the first request until the container runs; what was started
/// keeps running until the starter is disposed, which removes it all.
/// </summary>
internal interface IStarter : IAsyncDisposable
{
    /// <summary>The figure's key stem, e.g. <c>docker_runtime</c>.</summary>
    string Key { get; }

    /// <summary>Starts one more and returns how long it took until it ran.</summary>
    Task<TimeSpan> StartOneAsync(CancellationToken cancellationToken);
}

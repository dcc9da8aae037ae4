using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Probes;

/// <summary>
/// A container runtime whose exec, container listing and stats are functions the test gives, for
/// exec probes and the stats collector, which need nothing else of a runtime. Every other verb,
/// and any of these left unset, throws <see cref="NotSupportedException"/>.
/// </summary>
internal sealed class ScriptedRuntime : IContainerRuntime
{
    /// <summary>Answers <see cref="ExecAsync"/>: container id, command, timeout, cancellation.</summary>
    public Func<string, IReadOnlyList<string>, TimeSpan, CancellationToken, Task<ExecResult>>? Exec { get; init; }

    /// <summary>The containers <see cref="ListContainersAsync"/> filters by label.</summary>
    public Func<IReadOnlyList<ContainerStatus>>? Containers { get; init; }

    /// <summary>Answers <see cref="ContainerStatsAsync"/> for a container id.</summary>
    public Func<string, CancellationToken, Task<ContainerStats>>? Stats { get; init; }

    public string Name => "scripted";

    public Task<ExecResult> ExecAsync(
        string containerId, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken) =>
        (Exec ?? throw new NotSupportedException())(containerId, command, timeout, cancellationToken);

    public Task<IReadOnlyList<ContainerStatus>> ListContainersAsync(
        IReadOnlyDictionary<string, string> labelSelector, CancellationToken cancellationToken)
    {
        var all = (Containers ?? throw new NotSupportedException())();
        IReadOnlyList<ContainerStatus> matching = all
            .Where(c => labelSelector.All(pair => c.Labels.TryGetValue(pair.Key, out var value) && value == pair.Value))
            .ToArray();
        return Task.FromResult(matching);
    }

    public Task<ContainerStats> ContainerStatsAsync(string containerId, CancellationToken cancellationToken) =>
        (Stats ?? throw new NotSupportedException())(containerId, cancellationToken);

    public Task<RuntimeVersion> VersionAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ImageInfo> EnsureImageAsync(string image, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string> RunPodSandboxAsync(PodSandboxConfig config, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task StopPodSandboxAsync(string sandboxId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task RemovePodSandboxAsync(string sandboxId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<PodSandboxStatus>> ListPodSandboxesAsync(
        IReadOnlyDictionary<string, string> labelSelector, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<string> CreateContainerAsync(string sandboxId, ContainerConfig config, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task StartContainerAsync(string containerId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task StopContainerAsync(string containerId, TimeSpan gracePeriod, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task RemoveContainerAsync(string containerId, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<ContainerStatus> ContainerStatusAsync(string containerId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<ContainerStatus> WaitContainerAsync(string containerId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public IAsyncEnumerable<LogLine> ReadLogsAsync(string containerId, LogOptions options, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

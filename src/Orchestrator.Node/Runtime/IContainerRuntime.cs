namespace Orchestrator.Node.Runtime;

/// <summary>
/// A container runtime, with the verbs of Kubernetes' Container Runtime Interface: pod
/// sandboxes (the shared network namespace and volumes of one pod), images, containers,
/// logs, exec and stats. Implementations: <c>docker</c> (the Docker Engine API),
/// <c>process</c> (a container is a local process group) and <c>hollow</c> (in memory).
/// </summary>
/// <remarks>
/// Every object the runtime creates carries the labels it was given, and the runtime keeps
/// them across restarts of the agent: listing by label is how a restarted agent adopts the
/// sandboxes and containers that are still running instead of starting twins. Calls are
/// thread-safe. Errors are <see cref="ContainerRuntimeException"/>s whose
/// <see cref="ContainerRuntimeException.Kind"/> says what went wrong.
/// </remarks>
public interface IContainerRuntime : IAsyncDisposable
{
    /// <summary>The runtime's name as configured: <c>docker</c>, <c>process</c> or <c>hollow</c>.</summary>
    string Name { get; }

    /// <summary>The runtime's name and version, and the API version negotiated with it.</summary>
    Task<RuntimeVersion> VersionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes sure the image is present. There is no registry here, so a missing image fails
    /// with <see cref="ContainerRuntimeErrorKind.ImageNotPresent"/> (ErrImageNeverPull).
    /// </summary>
    Task<ImageInfo> EnsureImageAsync(string image, CancellationToken cancellationToken);

    /// <summary>Creates and starts the sandbox of one pod; returns its id.</summary>
    Task<string> RunPodSandboxAsync(PodSandboxConfig config, CancellationToken cancellationToken);

    /// <summary>Stops every container of the sandbox and the sandbox itself; idempotent.</summary>
    Task StopPodSandboxAsync(string sandboxId, CancellationToken cancellationToken);

    /// <summary>Removes a stopped sandbox and what it owns (emptyDir volumes); idempotent.</summary>
    Task RemovePodSandboxAsync(string sandboxId, CancellationToken cancellationToken);

    /// <summary>The sandboxes whose labels contain every pair of <paramref name="labelSelector"/>.</summary>
    Task<IReadOnlyList<PodSandboxStatus>> ListPodSandboxesAsync(
        IReadOnlyDictionary<string, string> labelSelector, CancellationToken cancellationToken);

    /// <summary>Creates a container in a sandbox, without starting it; returns its id.</summary>
    Task<string> CreateContainerAsync(string sandboxId, ContainerConfig config, CancellationToken cancellationToken);

    /// <summary>Starts a created container.</summary>
    Task StartContainerAsync(string containerId, CancellationToken cancellationToken);

    /// <summary>
    /// Stops a container gracefully: SIGTERM, then SIGKILL once <paramref name="gracePeriod"/>
    /// has passed. Returns when it has exited; a container that is not running is left alone.
    /// </summary>
    Task StopContainerAsync(string containerId, TimeSpan gracePeriod, CancellationToken cancellationToken);

    /// <summary>Removes a container, killing it first if it still runs; idempotent.</summary>
    Task RemoveContainerAsync(string containerId, CancellationToken cancellationToken);

    /// <summary>The container's state, exit code and reason, and its labels.</summary>
    Task<ContainerStatus> ContainerStatusAsync(string containerId, CancellationToken cancellationToken);

    /// <summary>The containers whose labels contain every pair of <paramref name="labelSelector"/>.</summary>
    Task<IReadOnlyList<ContainerStatus>> ListContainersAsync(
        IReadOnlyDictionary<string, string> labelSelector, CancellationToken cancellationToken);

    /// <summary>
    /// Completes when the container has exited (at once if it already has), with its final
    /// status. Works for containers adopted after an agent restart too.
    /// </summary>
    Task<ContainerStatus> WaitContainerAsync(string containerId, CancellationToken cancellationToken);

    /// <summary>
    /// The container's output, stdout and stderr interleaved in order: the last
    /// <see cref="LogOptions.Tail"/> lines (all when null), then, when
    /// <see cref="LogOptions.Follow"/>, new lines until the container exits or the call is cancelled.
    /// </summary>
    IAsyncEnumerable<LogLine> ReadLogsAsync(string containerId, LogOptions options, CancellationToken cancellationToken);

    /// <summary>Runs a command inside a running container (exec probes); the exit code and output.</summary>
    Task<ExecResult> ExecAsync(
        string containerId, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>CPU and memory usage of a running container, as the runtime measures it.</summary>
    Task<ContainerStats> ContainerStatsAsync(string containerId, CancellationToken cancellationToken);
}

using Orchestrator.Node.Runtime.Docker.Api;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>Containers: create in a sandbox's namespaces, start, stop, remove, status, list, wait.</summary>
public sealed partial class DockerRuntime
{
    private const int MaxParallelInspections = 8;

    /// <inheritdoc/>
    public async Task<string> CreateContainerAsync(string sandboxId, ContainerConfig config, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sandboxId);
        ArgumentNullException.ThrowIfNull(config);
        var sandbox = await InspectSandboxAsync(sandboxId, cancellationToken);
        var sandboxLabels = sandbox.Config.Labels ?? new Dictionary<string, string>();
        var labels = new Dictionary<string, string>(config.Labels);
        foreach (var key in new[] { ContainerLabels.PodUid, ContainerLabels.PodName, ContainerLabels.PodNamespace })
        {
            if (sandboxLabels.TryGetValue(key, out var value))
            {
                labels.TryAdd(key, value);
            }
        }

        labels[ContainerLabels.ContainerName] = config.Name;
        labels[ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue;
        labels[DockerLabels.Type] = DockerLabels.ContainerType;
        labels[DockerLabels.SandboxId] = sandbox.Id;

        var binds = config.Mounts.Select(mount => sandboxLabels.TryGetValue(DockerLabels.VolumePrefix + mount.VolumeName, out var hostDirectory)
            ? $"{hostDirectory}:{mount.MountPath}{(mount.ReadOnly ? ":ro" : string.Empty)}"
            : throw new ContainerRuntimeException(
                ContainerRuntimeErrorKind.StartFailed, $"container {config.Name} mounts volume {mount.VolumeName}, which pod sandbox {sandboxId} does not have."))
            .ToList();
        var namespaces = $"container:{sandbox.Id}";
        var request = new ContainerCreateRequest(
            config.Image,
            config.Command.Count > 0 ? config.Command : null,
            config.Args.Count > 0 ? config.Args : null,
            config.Env.Count > 0 ? config.Env.Select(variable => $"{variable.Key}={variable.Value}").ToList() : null,
            string.IsNullOrEmpty(config.WorkingDir) ? null : config.WorkingDir,
            null,
            null,
            labels,
            new HostConfig(
                namespaces,
                namespaces,
                binds.Count > 0 ? binds : null,
                config.Resources.MemoryBytes ?? 0,
                config.Resources.MemoryBytes ?? 0,
                config.Resources.CpuMillis is { } millis ? millis * 1_000_000 : 0));
        try
        {
            return await CreateNamedAsync(DockerNames.Container(config.Name, labels), request, cancellationToken);
        }
        catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.Failed)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.StartFailed, e.Message, e);
        }
    }

    /// <inheritdoc/>
    public Task StartContainerAsync(string containerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerId);
        return StartAsync(containerId, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task StopContainerAsync(string containerId, TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerId);
        // The engine counts whole seconds; rounding up never kills before the grace period is over.
        var seconds = (int)Math.Ceiling(Math.Clamp(gracePeriod.TotalSeconds, 0, int.MaxValue / 2));
        await _client.StopContainerAsync(containerId, seconds, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task RemoveContainerAsync(string containerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerId);
        await _client.RemoveContainerAsync(containerId, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<ContainerStatus> ContainerStatusAsync(string containerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerId);
        var inspected = await _client.InspectContainerAsync(containerId, cancellationToken);
        var status = DockerStatusConverter.ToStatus(inspected);
        return await MayHaveMissedOomAsync(status, inspected, cancellationToken)
            ? status with { Reason = DockerStatusConverter.OomKilledReason }
            : status;
    }

    /// <summary>
    /// Whether a container that was SIGKILLed under a memory limit, though not marked OOMKilled, was in fact killed
    /// by the OOM killer. The engine marks OOMKilled only when it hears of the OOM before the exit, and the two race
    /// (cgroup v1); the "oom" entry of its event log is written either way.
    /// </summary>
    private async Task<bool> MayHaveMissedOomAsync(ContainerStatus status, ContainerInspectResponse inspected, CancellationToken cancellationToken)
    {
        if (status is not { ExitCode: 137, Reason: "Error", StartedAt: { } started, FinishedAt: { } finished } || inspected.HostConfig is not { Memory: > 0 })
        {
            return false;
        }

        // The engine's clock is this host's: the real one, whatever clock the runtime was given.
        var now = TimeProvider.System.GetUtcNow();
        var until = finished.AddSeconds(1) < now ? finished.AddSeconds(1) : now;
        return await _client.HasContainerEventAsync(inspected.Id, "oom", started.AddSeconds(-1), until, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ContainerStatus>> ListContainersAsync(
        IReadOnlyDictionary<string, string> labelSelector, CancellationToken cancellationToken)
    {
        var found = await _client.ListContainersAsync(DockerLabels.Selector(labelSelector, DockerLabels.ContainerType), cancellationToken);
        // The listing lacks exit codes and times: each container is inspected, a few at a time.
        var statuses = new ContainerStatus?[found.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, found.Count),
            new ParallelOptions { MaxDegreeOfParallelism = MaxParallelInspections, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                try
                {
                    statuses[index] = await ContainerStatusAsync(found[index].Id, token);
                }
                catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.NotFound)
                {
                    // Removed between the listing and the inspection.
                }
            });
        return statuses.OfType<ContainerStatus>().ToList();
    }

    /// <inheritdoc/>
    public async Task<ContainerStatus> WaitContainerAsync(string containerId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerId);
        var status = await ContainerStatusAsync(containerId, cancellationToken);
        if (status.State == ContainerState.Exited)
        {
            return status;
        }

        // A container not yet started is "not running" already: wait for the end of its first run instead.
        await _client.WaitContainerAsync(containerId, status.State == ContainerState.Created ? "next-exit" : "not-running", cancellationToken);
        return await ContainerStatusAsync(containerId, cancellationToken);
    }

    /// <summary>Starts a container; the engine's start errors (e.g. a command that does not exist) are StartFailed.</summary>
    private async Task StartAsync(string id, CancellationToken cancellationToken)
    {
        bool started;
        try
        {
            started = await _client.StartContainerAsync(id, cancellationToken);
        }
        catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.Failed)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.StartFailed, e.Message, e);
        }

        if (!started)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.InvalidState, $"start container {id}: it is already running.");
        }
    }

    /// <summary>Creates a container under <paramref name="name"/>, or under a suffixed one when a leftover holds that name.</summary>
    private async Task<string> CreateNamedAsync(string name, ContainerCreateRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.CreateContainerAsync(name, request, cancellationToken);
        }
        catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.InvalidState)
        {
            var unique = DockerNames.WithRandomSuffix(name);
            LogNameTaken(name, unique);
            return await _client.CreateContainerAsync(unique, request, cancellationToken);
        }
    }

    private async Task<ContainerInspectResponse> InspectSandboxAsync(string sandboxId, CancellationToken cancellationToken)
    {
        var sandbox = await _client.InspectContainerAsync(sandboxId, cancellationToken);
        return sandbox.Config.Labels?.GetValueOrDefault(DockerLabels.Type) == DockerLabels.SandboxType
            ? sandbox
            : throw new ContainerRuntimeException(ContainerRuntimeErrorKind.NotFound, $"{sandboxId} is not a pod sandbox of this runtime.");
    }
}

namespace Orchestrator.Node.Runtime.Hollow;

public sealed partial class HollowRuntime
{
    /// <inheritdoc />
    public Task<string> CreateContainerAsync(string sandboxId, ContainerConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sandboxId);
        ArgumentNullException.ThrowIfNull(config);
        ThrowIfFaulted(HollowOperation.CreateContainer);
        lock (_gate)
        {
            if (!_sandboxes.TryGetValue(sandboxId, out var sandbox))
            {
                throw NotFound("sandbox", sandboxId);
            }

            if (!sandbox.Ready)
            {
                throw new ContainerRuntimeException(ContainerRuntimeErrorKind.InvalidState, $"The sandbox \"{sandboxId}\" is stopped.");
            }

            CheckImage(config.Image);
            var id = NextId("c");
            _containers[id] = new HollowContainer(id, sandbox, config, _time.GetUtcNow(), new HollowLog(_settings.MaxLogLines, _time));
            return Task.FromResult(id);
        }
    }

    /// <inheritdoc />
    public async Task StartContainerAsync(string containerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        ThrowIfFaulted(HollowOperation.StartContainer);
        HollowContainer container;
        lock (_gate)
        {
            container = Get(containerId);
            if (container.State != ContainerState.Created || container.Starting)
            {
                throw new ContainerRuntimeException(
                    ContainerRuntimeErrorKind.InvalidState, $"The container \"{containerId}\" is {container.State}, not created: it cannot be started.");
            }

            container.Starting = true;
        }

        try
        {
            if (_settings.StartLatency > TimeSpan.Zero)
            {
                await Task.Delay(_settings.StartLatency, _time, cancellationToken).ConfigureAwait(false);
            }

            var (steps, problem) = HollowScript.Parse([.. container.Config.Command, .. container.Config.Args]);
            lock (_gate)
            {
                if (problem is not null || (_settings.FailureRate > 0 && _random.NextDouble() < _settings.FailureRate))
                {
                    throw new ContainerRuntimeException(
                        ContainerRuntimeErrorKind.StartFailed,
                        $"The container \"{container.Config.Name}\" could not be started: {problem ?? "hollow: a start failure drawn from failure-rate"}.");
                }

                if (!_containers.ContainsKey(containerId))
                {
                    throw NotFound("container", containerId);
                }

                container.State = ContainerState.Running;
                container.StartedAt = _time.GetUtcNow();
            }

            _ = RunScriptAsync(container, steps);
        }
        finally
        {
            lock (_gate)
            {
                container.Starting = false;
            }
        }
    }

    /// <inheritdoc />
    public async Task StopContainerAsync(string containerId, TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        ThrowIfFaulted(HollowOperation.StopContainer);
        bool ignoresSigterm;
        HollowContainer container;
        lock (_gate)
        {
            container = Get(containerId);
            if (container.State != ContainerState.Running)
            {
                return;
            }

            ignoresSigterm = container.IgnoresSigterm;
        }

        if (!ignoresSigterm)
        {
            TryExit(container, 143, "Error", "Terminated by SIGTERM.");
            return;
        }

        if (gracePeriod > TimeSpan.Zero)
        {
            using var graceOver = new CancellationTokenSource(gracePeriod, _time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(graceOver.Token, cancellationToken);
            lock (_gate)
            {
                container.Stopping = container.State == ContainerState.Running;
            }

            try
            {
                await container.Exited.Task.WaitAsync(either.Token).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The grace period is over: SIGKILL.
            }
        }

        TryExit(container, 137, "Error", $"Killed by SIGKILL after a grace period of {gracePeriod.TotalSeconds:0.###}s.");
    }

    /// <inheritdoc />
    public Task RemoveContainerAsync(string containerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        ThrowIfFaulted(HollowOperation.RemoveContainer);
        HollowContainer? container;
        lock (_gate)
        {
            if (!_containers.Remove(containerId, out container))
            {
                return Task.CompletedTask;
            }
        }

        Kill(container);
        container.Exited.TrySetException(NotFound("container", containerId));
        container.Lifetime.Cancel();
        container.Log.Close();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ContainerStatus> ContainerStatusAsync(string containerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        lock (_gate)
        {
            return Task.FromResult(Get(containerId).Snapshot());
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ContainerStatus>> ListContainersAsync(
        IReadOnlyDictionary<string, string> labelSelector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(labelSelector);
        ThrowIfFaulted(HollowOperation.ListContainers);
        lock (_gate)
        {
            IReadOnlyList<ContainerStatus> found =
                [.. _containers.Values.Where(c => Matches(c.Config.Labels, labelSelector)).Select(c => c.Snapshot())];
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<ContainerStatus> WaitContainerAsync(string containerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(containerId);
        ThrowIfFaulted(HollowOperation.WaitContainer);
        lock (_gate)
        {
            return Get(containerId).Exited.Task.WaitAsync(cancellationToken);
        }
    }

    private HollowContainer Get(string containerId) =>
        _containers.TryGetValue(containerId, out var container) ? container : throw NotFound("container", containerId);
}

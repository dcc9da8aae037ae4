namespace Orchestrator.Node.Runtime.Processes;

public sealed partial class ProcessRuntime
{
    /// <inheritdoc/>
    public async Task<string> CreateContainerAsync(string sandboxId, ContainerConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        var host = await HostAsync();
        if (!_sandboxes.TryGetValue(sandboxId, out var sandbox))
        {
            throw NotFound("sandbox", sandboxId);
        }

        if (sandbox.Stopped)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.InvalidState, $"Sandbox {sandboxId} is stopped: no container can be created in it.");
        }

        var image = ResolveImage(config.Image);
        var environment = ContainerEnvironment(config, sandbox, out var searchPath);
        var program = config.Command.Count == 0 ? image : Programs.Resolve(config.Command[0], searchPath)
            ?? throw new ContainerRuntimeException(ContainerRuntimeErrorKind.StartFailed, $"{config.Command[0]}: executable file not found in $PATH.");
        var arguments = config.Command.Skip(1).Concat(config.Args).ToList();

        var id = NewId();
        var files = new ContainerFiles(Path.Combine(host.Containers, id));
        try
        {
            // Every file-system change here is a metadata write on the path of each start: as few as can be.
            Directory.CreateDirectory(files.Directory);
            Directory.CreateDirectory(files.RootFs);
            foreach (var mount in config.Mounts)
            {
                Mount(host, sandbox, files, mount);
            }

            var workingDirectory = files.RootFs;
            if (config.WorkingDir is { } workingDir)
            {
                workingDirectory = InRoot(files, workingDir);
                Directory.CreateDirectory(workingDirectory);
            }

            environment[ContainerRootVariable] = files.RootFs;
            var cgroup = host.Cgroups?.Create(id, config.Resources);
            var record = new ContainerRecord(id, sandboxId, config, program, arguments, environment, workingDirectory, _time.GetUtcNow(), cgroup);
            host.Journal.Append(record);
            _containers[id] = new ProcessContainer(record, files);
            return id;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ContainerRuntimeException)
        {
            DeleteTree(files.Directory);
            throw e as ContainerRuntimeException
                ?? new ContainerRuntimeException(ContainerRuntimeErrorKind.StartFailed, $"Could not create container {config.Name}: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public async Task StartContainerAsync(string containerId, CancellationToken cancellationToken)
    {
        var host = await HostAsync();
        var container = Container(containerId);
        await container.Gate.WaitAsync(cancellationToken);
        try
        {
            if (container.State != ContainerState.Created || !_containers.ContainsKey(containerId))
            {
                throw new ContainerRuntimeException(ContainerRuntimeErrorKind.InvalidState, $"Container {containerId} is {container.State}: only a created container can be started.");
            }

            container.Log = ContainerLogWriter.Create(container.Files, _settings, _time, host.Loop);
            (int Pid, ShimReport Report) shim;
            try
            {
                var memoryKib = host.Cgroups is null && container.Record.Config.Resources.MemoryBytes is { } bytes ? (bytes + 1023) / 1024 : (long?)null;
                shim = Shim.Spawn(_settings, host.Setsid, container.Record, container.Files, memoryKib, container.Log, host.Loop);
            }
            catch
            {
                container.Log.Dispose();
                container.Log = null;
                throw;
            }

            // The shim's start time names it for good; a shim already gone has no stat, and its end is seen at once.
            container.Spawned(shim.Pid, ProcStat.Read(shim.Pid)?.StartTime ?? 0, c => Shim.ReadReportAsync(shim.Report, c));
            Watch(host, container, spawnedHere: true);
        }
        finally
        {
            container.Gate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task<ContainerStatus> ContainerStatusAsync(string containerId, CancellationToken cancellationToken)
    {
        await HostAsync();
        return await StatusAsync(Container(containerId));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ContainerStatus>> ListContainersAsync(
        IReadOnlyDictionary<string, string> labelSelector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(labelSelector);
        await HostAsync();
        var containers = _containers.Values
            .Where(container => Matches(container.Record.Config.Labels, labelSelector))
            .OrderBy(container => container.Record.CreatedAt);
        return await Task.WhenAll(containers.Select(StatusAsync));
    }

    /// <inheritdoc/>
    public async Task<ContainerStatus> WaitContainerAsync(string containerId, CancellationToken cancellationToken)
    {
        await HostAsync();
        var container = Container(containerId);
        await container.Exited.WaitAsync(cancellationToken);
        return await StatusAsync(container);
    }

    /// <summary>
    /// The status of a container, once its shim has reported (a few milliseconds after its start): its start and
    /// exit times are those of the shim's pid and exit files, on the kernel's clock for file times (coarse: a tick).
    /// </summary>
    private static async Task<ContainerStatus> StatusAsync(ProcessContainer container)
    {
        try
        {
            await container.Report;
        }
        catch (Exception)
        {
            // A lost report shows in the status as the start error it causes.
        }

        return Status(container);
    }

    private static ContainerStatus Status(ProcessContainer container)
    {
        var record = container.Record;
        var exit = container.Exit;
        var (reason, message) = container.State switch
        {
            ContainerState.Exited when container.OomKilled => ("OOMKilled", "The kernel's OOM killer ended it at its memory limit."),
            ContainerState.Exited when container.StartError is { } error => ("StartError", error),
            ContainerState.Exited => (exit!.ExitCode == 0 ? "Completed" : "Error",
                exit.ExitCode == 128 + Libc.SIGKILL && container.KilledBecause is { } killed ? killed : Signals.Describe(exit.ExitCode)),
            ContainerState.Unknown => ("Error", "Its shim ended without recording an exit code (was it killed?)."),
            _ => ((string?)null, (string?)null),
        };
        return new ContainerStatus(
            record.Id,
            record.SandboxId,
            record.Config.Name,
            record.Config.Image,
            container.State,
            record.CreatedAt,
            container.Started?.StartedAt,
            exit?.FinishedAt,
            exit?.ExitCode,
            reason,
            message,
            record.Config.Labels);
    }
}

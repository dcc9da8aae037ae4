namespace Orchestrator.Node.Runtime.Processes;

public sealed partial class ProcessRuntime
{
    /// <inheritdoc/>
    public async Task<string> RunPodSandboxAsync(PodSandboxConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        var host = await HostAsync();
        var record = new SandboxRecord(NewId(), config, _time.GetUtcNow(), Stopped: false);
        var directory = Path.Combine(host.Sandboxes, record.Id);
        foreach (var volume in config.Volumes)
        {
            if (volume.Name.Length == 0 || volume.Name.Contains('/', StringComparison.Ordinal) || volume.Name is "." or "..")
            {
                throw new ContainerRuntimeException(ContainerRuntimeErrorKind.StartFailed, $"\"{volume.Name}\" is not a volume name.");
            }

            if (volume.HostPath is null)
            {
                Directory.CreateDirectory(VolumeDirectory(host, record.Id, volume.Name));
            }
        }

        Directory.CreateDirectory(directory);
        WriteJson(Path.Combine(directory, "sandbox.json"), record, ProcessStateJson.Default.SandboxRecord);
        _sandboxes[record.Id] = record;
        return record.Id;
    }

    /// <inheritdoc/>
    public async Task StopPodSandboxAsync(string sandboxId, CancellationToken cancellationToken)
    {
        var host = await HostAsync();
        await _sandboxGate.WaitAsync(cancellationToken);
        try
        {
            if (!_sandboxes.TryGetValue(sandboxId, out var sandbox))
            {
                return;
            }

            // The agent has stopped the containers gracefully before; what still runs is killed.
            foreach (var container in ContainersOf(sandboxId))
            {
                await StopContainerAsync(container.Record.Id, TimeSpan.Zero, cancellationToken);
            }

            if (!sandbox.Stopped)
            {
                var stopped = sandbox with { Stopped = true };
                WriteJson(Path.Combine(host.Sandboxes, sandboxId, "sandbox.json"), stopped, ProcessStateJson.Default.SandboxRecord);
                _sandboxes[sandboxId] = stopped;
            }
        }
        finally
        {
            _sandboxGate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task RemovePodSandboxAsync(string sandboxId, CancellationToken cancellationToken)
    {
        var host = await HostAsync();
        await _sandboxGate.WaitAsync(cancellationToken);
        try
        {
            foreach (var container in ContainersOf(sandboxId))
            {
                await RemoveContainerAsync(container.Record.Id, cancellationToken);
            }

            if (_sandboxes.TryRemove(sandboxId, out _))
            {
                DeleteTree(Path.Combine(host.Sandboxes, sandboxId));
            }
        }
        finally
        {
            _sandboxGate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PodSandboxStatus>> ListPodSandboxesAsync(
        IReadOnlyDictionary<string, string> labelSelector, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(labelSelector);
        await HostAsync();
        return _sandboxes.Values
            .Where(sandbox => Matches(sandbox.Config.Labels, labelSelector))
            .OrderBy(sandbox => sandbox.CreatedAt)
            .Select(sandbox => new PodSandboxStatus(sandbox.Id, !sandbox.Stopped, PodIp, sandbox.CreatedAt, sandbox.Config.Labels))
            .ToList();
    }

    private static string VolumeDirectory(Host host, string sandboxId, string volume) =>
        Path.Combine(host.Sandboxes, sandboxId, "volumes", volume);

    private List<ProcessContainer> ContainersOf(string sandboxId) =>
        _containers.Values.Where(container => container.Record.SandboxId == sandboxId).ToList();

    /// <summary>Deletes a directory and what is in it; symbolic links (a container's mounts) are removed, never followed.</summary>
    private static void DeleteTree(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}

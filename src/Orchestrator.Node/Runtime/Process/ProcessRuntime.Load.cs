using System.Text.Json;

namespace Orchestrator.Node.Runtime.Processes;

public sealed partial class ProcessRuntime
{
    private async Task<Host> LoadOrFailAsync()
    {
        try
        {
            return await Load();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ContainerRuntimeException(
                ContainerRuntimeErrorKind.Unavailable, $"The process runtime cannot use its root directory {_settings.RootDirectory}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Reads the root directory once: the sandboxes, and the containers, whose shims are watched again when they
    /// still run (adoption after an agent restart) and whose exit is read when they ended meanwhile.
    /// </summary>
    private async Task<Host> Load()
    {
        var setsid = Programs.Resolve(_settings.Setsid)
            ?? throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Unavailable, $"The process runtime needs setsid ({_settings.Setsid}), which is not on PATH.");
        if (!File.Exists(_settings.Shell))
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Unavailable, $"The process runtime's shell {_settings.Shell} does not exist.");
        }

        var containers = Path.Combine(_settings.RootDirectory, "containers");
        var sandboxes = Path.Combine(_settings.RootDirectory, "sandboxes");
        Directory.CreateDirectory(containers);
        Directory.CreateDirectory(sandboxes);
        var (cgroups, reason) = Cgroups.Detect(_settings);
        if (cgroups is null)
        {
            LogNoCgroups(_logger, reason ?? "unknown");
        }

        foreach (var directory in Directory.EnumerateDirectories(sandboxes))
        {
            if (await ReadJsonAsync(Path.Combine(directory, "sandbox.json"), ProcessStateJson.Default.SandboxRecord) is { } sandbox)
            {
                _sandboxes[sandbox.Id] = sandbox;
            }
        }

        // A container is a directory with its record: in the journal, or (made by an earlier version) beside it.
        var journalPath = Path.Combine(_settings.RootDirectory, "containers.jsonl");
        var journaled = ContainerJournal.Read(journalPath, record => Directory.Exists(Path.Combine(containers, record.Id)));
        var found = new List<ProcessContainer>();
        foreach (var directory in Directory.EnumerateDirectories(containers))
        {
            var files = new ContainerFiles(directory);
            if ((journaled.GetValueOrDefault(Path.GetFileName(directory))
                ?? await ReadJsonAsync(files.Record, ProcessStateJson.Default.ContainerRecord)) is { } record)
            {
                found.Add(new ProcessContainer(record, files));
            }
        }

        var host = new Host(new EpollLoop(_logger), setsid, cgroups, containers, sandboxes, ContainerJournal.Open(journalPath, found.Select(c => c.Record)));
        foreach (var container in found)
        {
            _containers[container.Record.Id] = container;
            if (ShimStart.Read(container.Files) is { } started)
            {
                Adopt(host, container, started);
            }
        }

        return host;
    }

    private void Adopt(Host host, ProcessContainer container, ShimStart started)
    {
        container.Adopt(started);
        if (ShimExit.Read(container.Files) is { } exit)
        {
            container.ClaimExit();
            container.MarkExited(exit, container.Record.Cgroup is { } cgroup && Cgroups.OomKilled(cgroup));
            return;
        }

        // Its output is read through its shim's descriptors: only while the shim is known to be this container's.
        if (ProcStat.IsAlive(started.ShimPid, started.ShimStartTime))
        {
            try
            {
                container.Log = ContainerLogWriter.Reattach(container.Files, started.ShimPid, _settings, _time, host.Loop);
            }
            catch (ContainerRuntimeException e)
            {
                LogAdoptionFailed(_logger, container.Record.Id, e);
            }
        }

        Watch(host, container, spawnedHere: false);
        LogAdopted(_logger, container.Record.Id, started.Pid, container.State);
    }

    private async Task<T?> ReadJsonAsync<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
            return await JsonSerializer.DeserializeAsync(stream, type);
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
            // A directory without its record is one whose creation or removal was cut short: it is not a container.
            LogUnreadableState(_logger, path, e.Message);
            return null;
        }
    }
}

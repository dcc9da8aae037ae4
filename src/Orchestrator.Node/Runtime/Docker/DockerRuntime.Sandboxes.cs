using Orchestrator.Node.Runtime.Docker.Api;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>Pod sandboxes: the pause container that holds the pod's namespaces, and its emptyDir directories.</summary>
public sealed partial class DockerRuntime
{
    private const string SandboxCommand = "sleep";
    private const string SandboxSleepSeconds = "2147483647";

    /// <inheritdoc/>
    public async Task<string> RunPodSandboxAsync(PodSandboxConfig config, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(config);
        await EnsureSandboxImageAsync(cancellationToken);
        var directory = Path.Combine(_settings.RootDirectory, "sandboxes", DockerNames.SandboxDirectory(config));
        var labels = new Dictionary<string, string>(config.Labels)
        {
            [ContainerLabels.PodUid] = config.PodUid,
            [ContainerLabels.PodName] = config.PodName,
            [ContainerLabels.PodNamespace] = config.Namespace,
            [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue,
            [DockerLabels.Type] = DockerLabels.SandboxType,
            [DockerLabels.SandboxDirectory] = directory,
        };
        foreach (var volume in config.Volumes)
        {
            labels[DockerLabels.VolumePrefix + volume.Name] = VolumeDirectory(directory, volume);
        }

        // The pause process only sleeps: SIGKILL is its stop signal, since as pid 1 it would ignore SIGTERM.
        var request = new ContainerCreateRequest(
            _settings.SandboxImage, null, [SandboxCommand, SandboxSleepSeconds], null, null, HostName(config.PodName), "SIGKILL", labels,
            new HostConfig("default", "shareable", null, 0, 0, 0));
        string? id = null;
        try
        {
            id = await CreateNamedAsync(DockerNames.Sandbox(config), request, cancellationToken);
            await StartAsync(id, cancellationToken);
        }
        catch
        {
            if (id is not null)
            {
                await _client.RemoveContainerAsync(id, CancellationToken.None);
            }

            DeleteDirectory(directory);
            throw;
        }

        LogSandboxStarted(config.PodName, config.PodUid, id);
        return id;
    }

    /// <inheritdoc/>
    public async Task StopPodSandboxAsync(string sandboxId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sandboxId);
        foreach (var container in await SandboxContainersAsync(sandboxId, cancellationToken))
        {
            await IgnoreNotFound(_client.StopContainerAsync(container.Id, 0, cancellationToken));
        }

        await IgnoreNotFound(_client.StopContainerAsync(sandboxId, 0, cancellationToken));
    }

    /// <inheritdoc/>
    public async Task RemovePodSandboxAsync(string sandboxId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sandboxId);
        foreach (var container in await SandboxContainersAsync(sandboxId, cancellationToken))
        {
            await _client.RemoveContainerAsync(container.Id, cancellationToken);
        }

        ContainerInspectResponse sandbox;
        try
        {
            sandbox = await _client.InspectContainerAsync(sandboxId, cancellationToken);
        }
        catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.NotFound)
        {
            return;
        }

        await _client.RemoveContainerAsync(sandbox.Id, cancellationToken);
        if (sandbox.Config.Labels?.GetValueOrDefault(DockerLabels.SandboxDirectory) is { Length: > 0 } directory)
        {
            DeleteDirectory(directory);
        }

        LogSandboxRemoved(sandbox.Id);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PodSandboxStatus>> ListPodSandboxesAsync(
        IReadOnlyDictionary<string, string> labelSelector, CancellationToken cancellationToken)
    {
        var found = await _client.ListContainersAsync(DockerLabels.Selector(labelSelector, DockerLabels.SandboxType), cancellationToken);
        return found.Select(DockerStatusConverter.ToSandboxStatus).ToList();
    }

    /// <summary>Builds the sandbox image from busybox when the engine does not have it; once per runtime instance.</summary>
    private async Task EnsureSandboxImageAsync(CancellationToken cancellationToken)
    {
        if (_sandboxImageReady)
        {
            return;
        }

        await _sandboxImageLock.WaitAsync(cancellationToken);
        try
        {
            if (_sandboxImageReady)
            {
                return;
            }

            try
            {
                await _client.InspectImageAsync(_settings.SandboxImage, cancellationToken);
            }
            catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.NotFound)
            {
                var rootFilesystem = BusyboxRootFilesystem.Build(_settings.BusyboxPath, [SandboxCommand]);
                await _client.ImportImageAsync(_settings.SandboxImage, rootFilesystem, cancellationToken);
                LogSandboxImageBuilt(_settings.SandboxImage, _settings.BusyboxPath);
            }

            _sandboxImageReady = true;
        }
        finally
        {
            _sandboxImageLock.Release();
        }
    }

    /// <summary>The host directory of a volume: a new one under the sandbox's directory for an emptyDir, the given one for a hostPath.</summary>
    private static string VolumeDirectory(string sandboxDirectory, SandboxVolume volume)
    {
        if (volume.Name.Length == 0 || volume.Name.Contains('/', StringComparison.Ordinal) || volume.Name is "." or "..")
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"'{volume.Name}' is not a volume name.");
        }

        if (volume.HostPath is { } hostPath)
        {
            return Path.IsPathRooted(hostPath)
                ? hostPath
                : throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"volume {volume.Name}: hostPath '{hostPath}' is not an absolute path.");
        }

        var directory = Path.Combine(sandboxDirectory, "volumes", volume.Name);
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"cannot create the directory of emptyDir volume {volume.Name}: {e.Message}", e);
        }

        return directory;
    }

    /// <summary>Deletes a sandbox's directory and its emptyDir volumes, if it exists.</summary>
    private static void DeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never created, or removed before: nothing to do.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ContainerRuntimeException(ContainerRuntimeErrorKind.Failed, $"cannot delete the sandbox directory {directory}: {e.Message}", e);
        }
    }

    private Task<IReadOnlyList<ContainerSummary>> SandboxContainersAsync(string sandboxId, CancellationToken cancellationToken) =>
        _client.ListContainersAsync(new Dictionary<string, string> { [DockerLabels.SandboxId] = sandboxId }, cancellationToken);

    /// <summary>A hostname from the pod's name: at most 63 characters of letters, digits and '-'.</summary>
    private static string HostName(string podName)
    {
        var cleaned = new string(podName.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-').ToArray()).Trim('-');
        cleaned = cleaned.Length > 63 ? cleaned[..63].TrimEnd('-') : cleaned;
        return cleaned.Length == 0 ? "pod" : cleaned;
    }

    private static async Task IgnoreNotFound(Task call)
    {
        try
        {
            await call;
        }
        catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.NotFound)
        {
            // Already gone: stopping and removing are idempotent.
        }
    }
}

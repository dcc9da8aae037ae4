using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Orchestrator.Node.Runtime.Docker;

/// <summary>
/// The <c>docker</c> runtime: pods and containers on a Docker engine, through its API on the unix socket.
/// A pod's sandbox is a pause-style container (<see cref="DockerSettings.SandboxImage"/>, built from the host's
/// static busybox when missing) that holds the pod's network and IPC namespaces; the pod's containers join them
/// (<c>NetworkMode container:&lt;sandbox&gt;</c>), so they reach each other on localhost. emptyDir volumes are
/// host directories under <see cref="DockerSettings.RootDirectory"/>, one per sandbox, bind-mounted into the
/// containers that mount them and deleted with the sandbox; hostPath volumes are bind mounts.
/// </summary>
/// <remarks>
/// Docker keeps every object's labels, and the runtime keeps all it needs in them (see <see cref="DockerLabels"/>),
/// so a new instance over the same engine (a restarted agent) sees, waits on, stops and removes what an earlier
/// one started. There is no registry here: a missing image is <see cref="ContainerRuntimeErrorKind.ImageNotPresent"/>.
/// Stopping uses the engine's stop (SIGTERM, SIGKILL after the grace period, rounded up to whole seconds). A
/// container's main process is pid 1 of its namespace, which ignores SIGTERM unless it handles it, as in Kubernetes.
/// </remarks>
public sealed partial class DockerRuntime : IContainerRuntime
{
    /// <summary>The name of this runtime in <c>orch.node.runtime.kind</c>.</summary>
    public const string RuntimeName = "docker";

    private readonly DockerClient _client;
    private readonly DockerSettings _settings;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _sandboxImageLock = new(1, 1);
    private volatile bool _sandboxImageReady;

    /// <summary>A runtime over the engine at <see cref="DockerSettings.SocketPath"/>; nothing is called until first use.</summary>
    public DockerRuntime(DockerSettings settings, ILogger<DockerRuntime>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _client = new DockerClient(settings.SocketPath, settings.RequestTimeout);
        _logger = logger ?? NullLogger<DockerRuntime>.Instance;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    public string Name => RuntimeName;

    /// <summary>True when an engine answers on <paramref name="socketPath"/> (for choosing a runtime: <c>kind = auto</c>).</summary>
    public static async Task<bool> IsAvailableAsync(string socketPath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!File.Exists(socketPath))
        {
            return false;
        }

        using var client = new DockerClient(socketPath, timeout);
        return await client.PingAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<RuntimeVersion> VersionAsync(CancellationToken cancellationToken)
    {
        var (engine, api) = await _client.VersionAsync(cancellationToken);
        return new RuntimeVersion(RuntimeName, engine.Version, api.ToString());
    }

    /// <inheritdoc/>
    public async Task<ImageInfo> EnsureImageAsync(string image, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(image);
        try
        {
            var inspected = await _client.InspectImageAsync(image, cancellationToken);
            return new ImageInfo(image, inspected.Id, inspected.Size);
        }
        catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.NotFound)
        {
            throw new ContainerRuntimeException(
                ContainerRuntimeErrorKind.ImageNotPresent,
                $"image {image} is not present and there is no registry to pull it from (ErrImageNeverPull): build or import it on the node first.",
                e);
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        _sandboxImageLock.Dispose();
        return ValueTask.CompletedTask;
    }
}

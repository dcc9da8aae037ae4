using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// The <c>process</c> runtime: a container is a process group on this host. It works everywhere (no engine,
/// no root), and is the default where no Docker engine answers.
/// </summary>
/// <remarks>
/// <para>
/// Images name programs: an image is present when its name, without registry, tag or digest
/// (<c>docker.io/library/busybox:1.36</c> → <c>busybox</c>), is an executable on PATH, or an absolute path to
/// one. A container runs that program with its Args, or, when its Command is given, Command's program with
/// Command's and Args' words, as Docker's entrypoint and cmd combine.
/// </para>
/// <para>
/// Each container is the child of a shim (<see cref="Shim"/>) that outlives the agent and records the exit
/// code, so a new instance over the same <see cref="ProcessSettings.RootDirectory"/> (a restarted agent) lists,
/// waits on, stops, reads the logs of and removes what an earlier instance started, and reports the exit
/// code of a container that exited while no agent ran. Pids are always checked with their start time, so a
/// reused pid is never taken for a container's. Output goes through pipes, which the shim holds open, into CRI
/// log files with rotation (<see cref="ContainerLogWriter"/>): while no agent runs, a container can write a pipe buffer (64 KiB per
/// stream) before it blocks, and what it wrote there is lost if it also exits before an agent returns.
/// </para>
/// <para>
/// Sandboxes are directories: the pod's emptyDir volumes live there and die with the sandbox; containers
/// share the host's network (the pod IP is 127.0.0.1). Without mount namespaces a mount cannot appear at its
/// path, so every container has a root directory of its own (<c>$ORCH_CONTAINER_ROOT</c>, its default working
/// directory) where each mount appears as a symbolic link at its mountPath, and a workingDir is taken inside
/// it too: <c>mountPath: /data</c> is <c>$ORCH_CONTAINER_ROOT/data</c>, or <c>data</c> from the default working
/// directory. ReadOnly mounts are not enforced. Memory and CPU limits, OOM kills and usage use cgroup v2 where
/// the host allows it (<see cref="Cgroups"/>); elsewhere memory is limited with RLIMIT_DATA and usage is read
/// from /proc. Stopping sends SIGTERM to the container's process group and SIGKILL after the grace period.
/// </para>
/// <para>
/// (The namespace is <c>Processes</c>, not <c>Process</c>, which would hide System.Diagnostics.Process from
/// every sibling namespace.)
/// </para>
/// </remarks>
public sealed partial class ProcessRuntime : IContainerRuntime
{
    /// <summary>The name of this runtime in <c>orch.node.runtime.kind</c>.</summary>
    public const string RuntimeName = "process";

    /// <summary>The pod IP of every sandbox: containers share the host's network.</summary>
    public const string PodIp = "127.0.0.1";

    /// <summary>The environment variable that holds a container's root directory.</summary>
    public const string ContainerRootVariable = "ORCH_CONTAINER_ROOT";

    private readonly ProcessSettings _settings;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, ProcessContainer> _containers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SandboxRecord> _sandboxes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sandboxGate = new(1, 1);
    private readonly Lazy<Task<Host>> _host;
    private int _disposed;

    /// <summary>A runtime over <see cref="ProcessSettings.RootDirectory"/>; it reads what is there on first use.</summary>
    public ProcessRuntime(ProcessSettings settings, ILogger<ProcessRuntime>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _logger = logger ?? NullLogger<ProcessRuntime>.Instance;
        _time = timeProvider ?? TimeProvider.System;
        _host = new Lazy<Task<Host>>(() => Task.Run(LoadOrFailAsync));
    }

    /// <inheritdoc/>
    public string Name => RuntimeName;

    /// <inheritdoc/>
    public async Task<RuntimeVersion> VersionAsync(CancellationToken cancellationToken)
    {
        await HostAsync();
        var kernel = await File.ReadAllTextAsync("/proc/sys/kernel/osrelease", cancellationToken);
        return new RuntimeVersion(RuntimeName, kernel.Trim(), "v1");
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0 || !_host.IsValueCreated)
        {
            return;
        }

        Host host;
        try
        {
            host = await _host.Value;
        }
        catch (Exception)
        {
            // It never got going (its error was thrown to the calls that needed it): nothing to let go of.
            return;
        }

        // The containers keep running: they belong to the node, not to this instance (a restarted agent adopts them).
        foreach (var container in _containers.Values)
        {
            Unwatch(host, container);
            container.Log?.Dispose();
        }

        host.Loop.Dispose();
        host.Journal.Dispose();
    }

    private static string NewId() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    private static bool Matches(IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> selector) =>
        selector.All(pair => labels.TryGetValue(pair.Key, out var value) && value == pair.Value);

    private static ContainerRuntimeException NotFound(string what, string id) =>
        new(ContainerRuntimeErrorKind.NotFound, $"No {what} with id {id}.");

    /// <summary>
    /// Writes a state file whole or not at all (a crash mid-write leaves the old one). A state file is a few hundred
    /// bytes into the page cache: written in place, as a thread hop for it would cost more than the write.
    /// </summary>
    private static void WriteJson<T>(string path, T value, JsonTypeInfo<T> type)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(value, type));
        File.Move(temporary, path, overwrite: true);
    }

    private Task<Host> HostAsync()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return _host.Value;
    }

    private ProcessContainer Container(string containerId) =>
        _containers.TryGetValue(containerId, out var container) ? container : throw NotFound("container", containerId);

    /// <summary>What the runtime needs once it has read its root directory: the epoll loop, setsid and cgroups.</summary>
    private sealed record Host(EpollLoop Loop, string Setsid, Cgroups? Cgroups, string Containers, string Sandboxes, ContainerJournal Journal);
}

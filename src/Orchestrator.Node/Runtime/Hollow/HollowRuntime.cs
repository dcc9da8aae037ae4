using System.Security.Cryptography;
using System.Text;

namespace Orchestrator.Node.Runtime.Hollow;

/// <summary>
/// The <c>hollow</c> container runtime: sandboxes and containers in memory, no processes, for scale
/// tests with thousands of nodes in one process and for tests of the node agent. Time comes from
/// the injected <see cref="TimeProvider"/> (a virtual clock in tests); objects live as long as the
/// runtime instance, so a new agent over the same instance adopts what the old one started.
/// </summary>
/// <remarks>
/// <para>
/// What a container does is scripted by its command followed by its args: steps separated by
/// <c>&amp;&amp;</c>, run in order; a container whose script ends without <c>exit</c> exits 0.
/// </para>
/// <list type="table">
/// <item><term><c>exit CODE</c></term><description>exits at once with CODE (reason <c>Completed</c> for 0, else <c>Error</c>).</description></item>
/// <item><term><c>sleep SECONDS [CODE]</c></term><description>waits SECONDS of the runtime's clock; with CODE, then exits with it.</description></item>
/// <item><term><c>oom</c></term><description>ends <c>OOMKilled</c> with 137.</description></item>
/// <item><term><c>echo WORD...</c> / <c>echo-err WORD...</c></term><description>writes one stdout / stderr log line per word.</description></item>
/// <item><term><c>env NAME</c></term><description>writes the value of the environment variable NAME.</description></item>
/// <item><term><c>write PATH TEXT</c> / <c>cat PATH</c></term><description>writes / prints a file in a mounted volume (emptyDir in memory, hostPath on disk).</description></item>
/// <item><term><c>busy</c></term><description>runs until stopped, using a whole core.</description></item>
/// <item><term><c>ignore-sigterm</c></term><description>runs until killed: a stop waits out the grace period, then kills it (137).</description></item>
/// <item><term>anything else (or nothing)</term><description>runs until stopped; SIGTERM ends it at once with 143.</description></item>
/// </list>
/// <para>
/// A step with bad arguments (<c>exit x</c>) makes the start fail (<see cref="ContainerRuntimeErrorKind.StartFailed"/>).
/// Exec runs a command of the same vocabulary (a <c>sleep</c> past the timeout times out), unless
/// <see cref="SetExecHandler"/> answers it. Images whose name starts with one of
/// <see cref="HollowSettings.MissingImagePrefixes"/> are absent. Sandboxes get loopback addresses.
/// Tests can make a running container exit (<see cref="Crash"/>), set its usage (<see cref="SetUsage"/>)
/// and make calls fail (<see cref="InjectFault"/>).
/// </para>
/// </remarks>
public sealed partial class HollowRuntime : IContainerRuntime
{
    private readonly object _gate = new();
    private readonly HollowSettings _settings;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly Dictionary<string, HollowSandbox> _sandboxes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HollowContainer> _containers = new(StringComparer.Ordinal);
    private readonly Dictionary<HollowOperation, Queue<Exception>> _faults = [];
    private Func<string, IReadOnlyList<string>, ExecResult?>? _execHandler;
    private long _nextId;
    private int _addresses;

    /// <summary>A runtime with <paramref name="settings"/> (the reference defaults when null) on <paramref name="time"/> (the system clock when null).</summary>
    public HollowRuntime(HollowSettings? settings = null, TimeProvider? time = null)
    {
        _settings = settings ?? HollowSettings.Default;
        _time = time ?? TimeProvider.System;
        _random = new Random(_settings.Seed);
    }

    /// <inheritdoc />
    public string Name => "hollow";

    /// <inheritdoc />
    public Task<RuntimeVersion> VersionAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new RuntimeVersion(Name, "1.0.0", "v1"));

    /// <inheritdoc />
    public Task<ImageInfo> EnsureImageAsync(string image, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        ThrowIfFaulted(HollowOperation.EnsureImage);
        CheckImage(image);
        var id = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(image)));
        return Task.FromResult(new ImageInfo(image, id, 1024 * 1024));
    }

    /// <summary>
    /// Makes the next <paramref name="times"/> calls of <paramref name="operation"/> throw <paramref name="error"/>
    /// (a <see cref="ContainerRuntimeException"/> for a runtime failure, anything else for a bug).
    /// </summary>
    public void InjectFault(HollowOperation operation, Exception error, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            if (!_faults.TryGetValue(operation, out var queue))
            {
                _faults[operation] = queue = new Queue<Exception>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(error);
            }
        }
    }

    /// <summary>
    /// Answers exec calls: <paramref name="handler"/> gets the container id and command and returns the
    /// result, or null to run the command as a script. Null removes the handler.
    /// </summary>
    public void SetExecHandler(Func<string, IReadOnlyList<string>, ExecResult?>? handler)
    {
        lock (_gate)
        {
            _execHandler = handler;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        HollowContainer[] containers;
        lock (_gate)
        {
            containers = [.. _containers.Values];
        }

        foreach (var container in containers)
        {
            container.Lifetime.Cancel();
        }

        return ValueTask.CompletedTask;
    }

    private void CheckImage(string image)
    {
        foreach (var prefix in _settings.MissingImagePrefixes)
        {
            if (image.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new ContainerRuntimeException(
                    ContainerRuntimeErrorKind.ImageNotPresent,
                    $"Container image \"{image}\" is not present with pull policy of Never (hollow: images starting with \"{prefix}\" are absent).");
            }
        }
    }

    private void ThrowIfFaulted(HollowOperation operation)
    {
        lock (_gate)
        {
            if (_faults.TryGetValue(operation, out var queue) && queue.TryDequeue(out var error))
            {
                throw error;
            }
        }
    }

    private string NextId(string prefix)
    {
        var n = Interlocked.Increment(ref _nextId);
        return $"{prefix}{n:x8}{Random.Shared.Next():x8}";
    }

    private static bool Matches(IReadOnlyDictionary<string, string> labels, IReadOnlyDictionary<string, string> selector)
    {
        foreach (var (key, value) in selector)
        {
            if (!labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        return true;
    }

    private static ContainerRuntimeException NotFound(string what, string id) =>
        new(ContainerRuntimeErrorKind.NotFound, $"No {what} has the id \"{id}\".");
}

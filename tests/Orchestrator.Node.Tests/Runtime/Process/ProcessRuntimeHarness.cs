using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Processes;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>
/// A process runtime over a root directory of its own, with busybox scripts and the waits the process-specific
/// tests share. <see cref="RestartAsync"/> replaces the runtime with a new instance over the same directory, as a
/// restarted agent would; disposing removes every container and the directory.
/// </summary>
internal sealed class ProcessRuntimeHarness : IAsyncDisposable
{
    /// <summary>How long a positive wait may take before the test fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>How often a state no event announces (a file the shim writes, a process gone) is checked again.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly Func<ProcessSettings, ProcessSettings>? _change;

    public ProcessRuntimeHarness(Func<ProcessSettings, ProcessSettings>? change = null)
    {
        _change = change;
        Runtime = Root.NewRuntime(change);
    }

    public ProcessRuntimeRoot Root { get; } = new();

    /// <summary>The current runtime instance.</summary>
    public ProcessRuntime Runtime { get; private set; }

    /// <summary>The settings of the runtime instances.</summary>
    public ProcessSettings Settings => Root.Settings(_change);

    /// <summary>Busybox <c>sh -c</c> <paramref name="script"/> as a container named "main".</summary>
    public static ContainerConfig Sh(string script) => Busybox(["sh", "-c", script]);

    /// <summary>The busybox image with <paramref name="args"/> (its applet and the applet's arguments).</summary>
    public static ContainerConfig Busybox(IReadOnlyList<string> args) =>
        new("main", "busybox", [], args, [], null, [], ContainerResources.None, new Dictionary<string, string> { [ContainerLabels.ContainerName] = "main" });

    /// <summary>Disposes the current instance (the containers keep running) and makes a new one over the same directory.</summary>
    public async Task<ProcessRuntime> RestartAsync()
    {
        await Runtime.DisposeAsync();
        Runtime = Root.NewRuntime(_change);
        return Runtime;
    }

    public async Task<string> RunSandboxAsync(params SandboxVolume[] volumes)
    {
        var uid = Guid.NewGuid().ToString();
        var labels = new Dictionary<string, string> { [ContainerLabels.PodUid] = uid };
        return await Runtime.RunPodSandboxAsync(new PodSandboxConfig(uid, "default", "pod-" + uid[..8], 0, labels, volumes), CancellationToken.None).WaitAsync(Patience);
    }

    /// <summary>Creates <paramref name="config"/> in a new sandbox (or <paramref name="sandboxId"/>) and starts it.</summary>
    public async Task<string> RunAsync(ContainerConfig config, string? sandboxId = null)
    {
        var id = await Runtime.CreateContainerAsync(sandboxId ?? await RunSandboxAsync(), config, CancellationToken.None).WaitAsync(Patience);
        await Runtime.StartContainerAsync(id, CancellationToken.None).WaitAsync(Patience);
        return id;
    }

    public Task<ContainerStatus> WaitAsync(string containerId) => Runtime.WaitContainerAsync(containerId, CancellationToken.None).WaitAsync(Patience);

    public Task<ContainerStatus> StatusAsync(string containerId) => Runtime.ContainerStatusAsync(containerId, CancellationToken.None).WaitAsync(Patience);

    /// <summary>The log of a container: whole, or following it until it exits.</summary>
    public async Task<List<LogLine>> LogsAsync(string containerId, LogOptions? options = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var lines = new List<LogLine>();
        await foreach (var line in Runtime.ReadLogsAsync(containerId, options ?? new LogOptions(), timeout.Token))
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Follows the log of a container until it has printed <paramref name="text"/>.</summary>
    public Task WaitForLineAsync(string containerId, string text) =>
        FollowUntilAsync(containerId, lines => lines[^1].Text == text, $"\"{text}\"");

    /// <summary>Follows the log of a container until the lines read so far satisfy <paramref name="done"/>; returns them.</summary>
    public async Task<List<LogLine>> FollowUntilAsync(string containerId, Func<List<LogLine>, bool> done, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var lines = new List<LogLine>();
        await foreach (var line in Runtime.ReadLogsAsync(containerId, new LogOptions(Follow: true), timeout.Token))
        {
            lines.Add(line);
            if (done(lines))
            {
                return lines;
            }
        }

        Assert.Fail($"Container {containerId} ended without printing {what}: {string.Join(" | ", lines.Select(l => l.Text))}");
        return lines;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var container in await Runtime.ListContainersAsync(new Dictionary<string, string>(), CancellationToken.None))
        {
            await Runtime.RemoveContainerAsync(container.Id, CancellationToken.None).WaitAsync(Patience);
        }

        await Runtime.DisposeAsync();
        Root.Dispose();
    }
}

using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

// What the tests share: labels, sandboxes and containers that are cleaned up after them, logs and waits.
public abstract partial class ContainerRuntimeConformance
{
    /// <summary>The labels of this test's sandbox for <paramref name="podUid"/>.</summary>
    protected Dictionary<string, string> SandboxLabels(string podUid) => new()
    {
        [ContainerLabels.PodUid] = podUid,
        [ContainerLabels.PodName] = "pod-" + podUid,
        [ContainerLabels.PodNamespace] = "default",
        [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue,
        [RunLabelKey] = RunLabel,
    };

    /// <summary>The selector of every object this test made.</summary>
    protected Dictionary<string, string> RunSelector() => new() { [RunLabelKey] = RunLabel };

    /// <summary>Runs a sandbox for a new pod with <paramref name="volumes"/>; removed after the test.</summary>
    protected async Task<string> RunSandboxAsync(params SandboxVolume[] volumes)
    {
        var podUid = Guid.NewGuid().ToString();
        var config = new PodSandboxConfig(podUid, "default", "pod-" + podUid[..8], 0, SandboxLabels(podUid), volumes);
        var id = await Within(Runtime.RunPodSandboxAsync(config, CancellationToken.None));
        _sandboxes.Add(id);
        return id;
    }

    /// <summary>
    /// Creates <paramref name="config"/> as <paramref name="name"/> in <paramref name="sandboxId"/>, labelled with its
    /// name, attempt 0, this test's run and <paramref name="labels"/>; removed after the test.
    /// </summary>
    protected async Task<string> CreateContainerAsync(
        string sandboxId, ContainerConfig config, string name = "main", IReadOnlyDictionary<string, string>? labels = null)
    {
        var all = new Dictionary<string, string>(config.Labels)
        {
            [ContainerLabels.ContainerName] = name,
            [ContainerLabels.Attempt] = "0",
            [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue,
            [RunLabelKey] = RunLabel,
        };
        foreach (var (key, value) in labels ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var id = await Within(Runtime.CreateContainerAsync(sandboxId, config with { Name = name, Labels = all }, CancellationToken.None));
        _containers.Add(id);
        return id;
    }

    /// <summary>Creates and starts <paramref name="config"/> in a new sandbox.</summary>
    protected async Task<string> RunAsync(ContainerConfig config, string name = "main")
    {
        var sandbox = await RunSandboxAsync();
        var id = await CreateContainerAsync(sandbox, config, name);
        await Within(Runtime.StartContainerAsync(id, CancellationToken.None));
        return id;
    }

    /// <summary>Runs <paramref name="config"/> and waits for it to exit.</summary>
    protected async Task<ContainerStatus> RunToExitAsync(ContainerConfig config)
    {
        var id = await RunAsync(config);
        return await Within(Runtime.WaitContainerAsync(id, CancellationToken.None));
    }

    /// <summary>The container's whole log so far.</summary>
    protected async Task<List<LogLine>> LogsAsync(string containerId, LogOptions? options = null)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var lines = new List<LogLine>();
        await foreach (var line in Runtime.ReadLogsAsync(containerId, options ?? new LogOptions(), timeout.Token))
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Waits until the container's log has a line <paramref name="text"/> (following it), failing after <see cref="Patience"/>.</summary>
    protected async Task WaitForLineAsync(string containerId, string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await foreach (var line in Runtime.ReadLogsAsync(containerId, new LogOptions(Follow: true), timeout.Token))
            {
                if (line.Text == text)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
        }

        Assert.Fail($"The container {containerId} never printed \"{text}\".");
    }

    /// <summary>How often a state no event announces (a runtime's stats) is checked again.</summary>
    protected static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>Waits for <paramref name="task"/>, failing the test instead of hanging when it does not complete.</summary>
    protected static Task<T> Within<T>(Task<T> task) => task.WaitAsync(Patience);

    /// <inheritdoc cref="Within{T}(Task{T})"/>
    protected static Task Within(Task task) => task.WaitAsync(Patience);
}

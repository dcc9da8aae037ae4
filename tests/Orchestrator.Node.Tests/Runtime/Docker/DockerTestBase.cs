using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Docker;
using Orchestrator.Node.Tests.Infrastructure;

namespace Orchestrator.Node.Tests.Runtime.Docker;

/// <summary>
/// The base of Docker-specific tests (beyond the conformance suite): a runtime per test, configs on the tests'
/// busybox image, and labels unique to the test, whose objects the fixture removes at the end.
/// </summary>
public abstract class DockerTestBase(DockerFixture docker) : IAsyncLifetime
{
    /// <summary>How long a positive wait may take before the test fails instead of hanging.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private DockerRuntime? _runtime;

    /// <summary>The shared fixture.</summary>
    protected DockerFixture Docker { get; } = docker;

    /// <summary>The value of <see cref="DockerFixture.RunLabelKey"/> on this test's objects.</summary>
    protected string RunLabel { get; } = Guid.NewGuid().ToString("N")[..12];

    /// <summary>The runtime under test.</summary>
    protected DockerRuntime Runtime => _runtime ?? throw new InvalidOperationException("The runtime is made in InitializeAsync.");

    /// <summary>The selector of every object this test made.</summary>
    protected IReadOnlyDictionary<string, string> RunSelector => new Dictionary<string, string> { [DockerFixture.RunLabelKey] = RunLabel };

    public Task InitializeAsync()
    {
        Docker.Track(RunLabel);
        _runtime = Docker.CreateRuntime();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_runtime is not null)
        {
            await _runtime.DisposeAsync();
        }
    }

    /// <summary>The config of a new pod's sandbox, labelled for this test.</summary>
    protected PodSandboxConfig Pod(params SandboxVolume[] volumes)
    {
        var uid = Guid.NewGuid().ToString();
        var labels = new Dictionary<string, string>
        {
            [ContainerLabels.PodUid] = uid,
            [ContainerLabels.PodName] = "pod-" + uid[..8],
            [ContainerLabels.PodNamespace] = "default",
            [DockerFixture.RunLabelKey] = RunLabel,
        };
        return new PodSandboxConfig(uid, "default", "pod-" + uid[..8], 0, labels, volumes);
    }

    /// <summary>A busybox <c>sh -c</c> container named <paramref name="name"/>, labelled for this test with attempt <paramref name="attempt"/>.</summary>
    protected ContainerConfig Shell(string name, string script, int attempt = 0) => new(
        name,
        DockerFixture.TestImage,
        BusyboxScript.Shell(script),
        [],
        [],
        null,
        [],
        ContainerResources.None,
        new Dictionary<string, string>
        {
            [ContainerLabels.Attempt] = attempt.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [DockerFixture.RunLabelKey] = RunLabel,
        });

    /// <summary>Creates and starts <paramref name="config"/> in <paramref name="sandboxId"/>.</summary>
    protected async Task<string> StartAsync(string sandboxId, ContainerConfig config)
    {
        var id = await Within(Runtime.CreateContainerAsync(sandboxId, config, CancellationToken.None));
        await Within(Runtime.StartContainerAsync(id, CancellationToken.None));
        return id;
    }

    /// <summary>The texts of the container's log lines so far.</summary>
    protected async Task<List<string>> LogTextAsync(string containerId)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var lines = new List<string>();
        await foreach (var line in Runtime.ReadLogsAsync(containerId, new LogOptions(), timeout.Token))
        {
            lines.Add(line.Text);
        }

        return lines;
    }

    /// <summary>Follows the container's log until it prints <paramref name="text"/>, failing after <see cref="Patience"/>.</summary>
    protected async Task WaitForLineAsync(string containerId, string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await foreach (var line in Runtime.ReadLogsAsync(containerId, new LogOptions(Follow: true), timeout.Token))
        {
            if (line.Text == text)
            {
                return;
            }
        }

        Assert.Fail($"The container {containerId} exited without printing \"{text}\".");
    }

    /// <summary>Waits for <paramref name="task"/>, failing the test instead of hanging.</summary>
    protected static Task<T> Within<T>(Task<T> task) => task.WaitAsync(Patience);

    /// <inheritdoc cref="Within{T}(Task{T})"/>
    protected static Task Within(Task task) => task.WaitAsync(Patience);
}

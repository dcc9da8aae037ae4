using Orchestrator.Node.Runtime;
using Xunit.Abstractions;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

/// <summary>
/// The container runtime conformance suite (in the spirit of Akka.NET's JournalSpec): what every
/// <see cref="IContainerRuntime"/> does, written once over the interface and run against each runtime by a
/// concrete class. Runtimes run different programs (busybox's <c>sh</c> in an image, a host process, or none
/// at all for the in-memory runtime), so the concrete class supplies a small script vocabulary: containers
/// that exit with a code, print lines, run until stopped, ignore SIGTERM, burn CPU, write and read a file in
/// a volume. Each test gets a fresh runtime from <see cref="CreateRuntimeAsync"/>; every sandbox and container
/// a test makes through <see cref="RunSandboxAsync"/> and <see cref="CreateContainerAsync"/> is removed after it.
/// </summary>
/// <remarks>
/// Tests are marked <see cref="RuntimeFactAttribute"/>, so a class marked with a
/// <see cref="RuntimeRequirementAttribute"/> skips them when its runtime is missing. Every label a test puts on
/// its objects includes <see cref="RunLabel"/>, unique to the test, so that a shared engine (one Docker daemon
/// for every test class) never shows one test another's containers.
/// </remarks>
public abstract partial class ContainerRuntimeConformance : IAsyncLifetime
{
    /// <summary>The label key that tells one test's objects from another's.</summary>
    protected const string RunLabelKey = "io.orchestrator.test-run";

    /// <summary>What a <see cref="RunUntilStopped"/> or <see cref="IgnoreSigterm"/> container prints once its signal handling is in place.</summary>
    protected const string ReadyLine = "ready";

    /// <summary>How long a positive wait may take before the test fails instead of hanging.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The grace period of the stop tests that must end in SIGKILL.</summary>
    protected static readonly TimeSpan ShortGrace = TimeSpan.FromSeconds(1);

    private readonly List<string> _sandboxes = [];
    private readonly List<string> _containers = [];
    private IContainerRuntime? _runtime;

    protected ContainerRuntimeConformance(ITestOutputHelper output)
    {
        Output = output;
        RunLabel = Guid.NewGuid().ToString("N")[..12];
    }

    /// <summary>Where a test writes what is worth reading when it fails.</summary>
    protected ITestOutputHelper Output { get; }

    /// <summary>The value of <see cref="RunLabelKey"/> on this test's objects.</summary>
    protected string RunLabel { get; }

    /// <summary>The runtime under test.</summary>
    protected IContainerRuntime Runtime => _runtime ?? throw new InvalidOperationException("The runtime is made in InitializeAsync.");

    /// <summary>The runtime's <see cref="IContainerRuntime.Name"/>.</summary>
    protected abstract string ExpectedName { get; }

    /// <summary>An image that is present: the one every script runs on.</summary>
    protected abstract string PresentImage { get; }

    /// <summary>An image that is not present and cannot be pulled.</summary>
    protected abstract string MissingImage { get; }

    public virtual async Task InitializeAsync() => _runtime = await CreateRuntimeAsync();

    public virtual async Task DisposeAsync()
    {
        if (_runtime is null)
        {
            return;
        }

        foreach (var id in Enumerable.Reverse(_containers))
        {
            await Quietly(() => _runtime.RemoveContainerAsync(id, CancellationToken.None));
        }

        foreach (var id in Enumerable.Reverse(_sandboxes))
        {
            await Quietly(() => _runtime.RemovePodSandboxAsync(id, CancellationToken.None));
        }

        await _runtime.DisposeAsync();
    }

    /// <summary>A new runtime of the kind under test, with nothing in it from earlier tests.</summary>
    protected abstract Task<IContainerRuntime> CreateRuntimeAsync();

    /// <summary>A container that exits at once with <paramref name="exitCode"/>.</summary>
    protected abstract ContainerConfig ExitWith(int exitCode);

    /// <summary>A container that runs for <paramref name="duration"/>, then exits with <paramref name="exitCode"/>.</summary>
    protected abstract ContainerConfig SleepThenExit(TimeSpan duration, int exitCode);

    /// <summary>A container that prints <paramref name="lines"/> in order, waiting <paramref name="pause"/> before each, then exits 0.</summary>
    protected abstract ContainerConfig Print(IReadOnlyList<ScriptLine> lines, TimeSpan pause);

    /// <summary>A container that prints the value of the environment variable <paramref name="variable"/> and exits 0.</summary>
    protected abstract ContainerConfig PrintEnv(string variable);

    /// <summary>
    /// A container that prints <see cref="ReadyLine"/>, then runs until it is stopped; SIGTERM ends it at once
    /// with 143 (128 + SIGTERM).
    /// </summary>
    protected abstract ContainerConfig RunUntilStopped();

    /// <summary>A container that ignores SIGTERM, prints <see cref="ReadyLine"/> and runs until it is killed.</summary>
    protected abstract ContainerConfig IgnoreSigterm();

    /// <summary>A container that keeps a CPU busy until it is stopped.</summary>
    protected abstract ContainerConfig BusyLoop();

    /// <summary>A container that writes <paramref name="text"/> to the file <paramref name="fileName"/> in the volume mounted at <paramref name="mountPath"/>, then exits 0.</summary>
    protected abstract ContainerConfig WriteFile(string mountPath, string fileName, string text);

    /// <summary>A container that prints the file <paramref name="fileName"/> of the volume mounted at <paramref name="mountPath"/>, then exits 0.</summary>
    protected abstract ContainerConfig ReadFile(string mountPath, string fileName);

    /// <summary>An exec command that prints <paramref name="text"/> and exits with <paramref name="exitCode"/>.</summary>
    protected abstract IReadOnlyList<string> ExecPrint(string text, int exitCode);

    /// <summary>An exec command that runs for <paramref name="duration"/>.</summary>
    protected abstract IReadOnlyList<string> ExecSleep(TimeSpan duration);

    /// <summary>
    /// A scripted container config on <see cref="PresentImage"/>, named "main", with no labels yet
    /// (<see cref="CreateContainerAsync"/> adds them): for the vocabulary's implementations.
    /// </summary>
    protected ContainerConfig Script(IReadOnlyList<string> command, IReadOnlyList<string>? args = null) =>
        new("main", PresentImage, command, args ?? [], [], null, [], ContainerResources.None, new Dictionary<string, string>());

    private async Task Quietly(Func<Task> cleanup)
    {
        try
        {
            await cleanup().WaitAsync(Patience);
        }
        catch (Exception e)
        {
            Output.WriteLine($"cleanup: {e.Message}");
        }
    }
}

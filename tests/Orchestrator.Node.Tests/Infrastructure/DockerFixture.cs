using System.Collections.Concurrent;
using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Docker;

namespace Orchestrator.Node.Tests.Infrastructure;

/// <summary>
/// What the Docker tests share: the tests' image (<see cref="TestImage"/>, a busybox root filesystem with a link
/// for every applet, made once with <c>docker import</c> when the engine lacks it), a temporary root directory
/// for emptyDir volumes, and a clean-up at the end that removes every container of the test runs registered
/// with <see cref="Track"/>, even those a failed test left behind. Without Docker (and without
/// <c>ORCH_REQUIRE_DOCKER=1</c>) it does nothing, and the tests skip.
/// </summary>
public sealed class DockerFixture : IAsyncLifetime
{
    /// <summary>The image every Docker test runs: busybox, with <c>sh</c>, <c>sleep</c>, <c>nc</c>, <c>httpd</c> and the rest.</summary>
    public const string TestImage = "orchestrator-test/busybox:1";

    /// <summary>The label key whose value tells one test's objects from another's.</summary>
    public const string RunLabelKey = "io.orchestrator.test-run";

    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(60);
    private static readonly SemaphoreSlim ImageGate = new(1, 1);

    private readonly ConcurrentBag<string> _runs = [];
    private DirectoryInfo? _root;

    /// <summary>The runtime's settings for tests: the tests' engine, emptyDir volumes under a temporary directory.</summary>
    public DockerSettings Settings => DockerSettings.Default with
    {
        SocketPath = DockerEnvironment.SocketPath,
        RootDirectory = (_root ?? throw new InvalidOperationException("The fixture is not initialized.")).FullName,
    };

    /// <summary>A new runtime over the engine, as a restarted agent would make it.</summary>
    public DockerRuntime CreateRuntime() => new(Settings);

    /// <summary>A client of the engine, for what the runtime does not do (images, clean-up).</summary>
    internal static DockerClient CreateClient() => new(DockerEnvironment.SocketPath, CallTimeout);

    /// <summary>Registers the value of <see cref="RunLabelKey"/> of a test, whose objects are removed at the end.</summary>
    public void Track(string runLabel) => _runs.Add(runLabel);

    public async Task InitializeAsync()
    {
        _root = Directory.CreateTempSubdirectory("orch-docker-tests-");
        if (!DockerEnvironment.Available)
        {
            // Without Docker the tests skip; when it is required, this is the failure every one of them reports.
            if (DockerEnvironment.Required)
            {
                throw new InvalidOperationException($"{DockerEnvironment.RequireVariable}=1, but: {DockerEnvironment.Unavailable}");
            }

            return;
        }

        // One fixture per Docker collection: the first to get here builds the image, the others find it.
        await ImageGate.WaitAsync();
        try
        {
            using var client = CreateClient();
            await client.InspectImageAsync(TestImage, CancellationToken.None);
        }
        catch (ContainerRuntimeException e) when (e.Kind == ContainerRuntimeErrorKind.NotFound)
        {
            using var client = CreateClient();
            var rootFilesystem = BusyboxRootFilesystem.Build(DockerEnvironment.BusyboxPath, await AppletsAsync());
            await client.ImportImageAsync(TestImage, rootFilesystem, CancellationToken.None);
        }
        finally
        {
            ImageGate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        if (DockerEnvironment.Available)
        {
            using var client = CreateClient();
            foreach (var run in _runs.Distinct())
            {
                foreach (var leftover in await client.ListContainersAsync([$"{RunLabelKey}={run}"], CancellationToken.None))
                {
                    await client.RemoveContainerAsync(leftover.Id, CancellationToken.None);
                }
            }
        }

        _root?.Delete(recursive: true);
    }

    /// <summary>Every applet of the host's busybox (<c>busybox --list</c>).</summary>
    private static async Task<IReadOnlyList<string>> AppletsAsync()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(DockerEnvironment.BusyboxPath, "--list")
        {
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException($"{DockerEnvironment.BusyboxPath} did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}

using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Docker;
using Orchestrator.Node.Runtime.Processes;

namespace Orchestrator.Benchmarks.Scenarios.ContainerStart;

/// <summary>One trial: each comparison with fresh starters, everything removed afterwards.</summary>
internal sealed partial class ContainerStartScenario
{
    /// <summary>The label on everything the benchmark starts, so that leftovers of a crashed run can be found.</summary>
    private const string BenchLabel = "io.orchestrator.bench";

    private const string BenchLabelValue = "container-start";

    private static readonly IReadOnlyList<string> SleepArguments = ["3600"];

    private static async Task<IReadOnlyList<Comparison>> RunTrialAsync(int count, bool withDocker, string root, CancellationToken cancellationToken)
    {
        var comparisons = new List<Comparison>();
        if (withDocker)
        {
            var settings = DockerSettings.Default with { RootDirectory = System.IO.Path.Combine(root, "docker") };
            await using var runtime = new DockerRuntime(settings);
            var image = settings.SandboxImage; // built from busybox by the runtime when missing; it has sleep
            await using (var subject = await RuntimeContainerStarter.CreateAsync(
                "docker_runtime", runtime, Sandbox(0), index => Container(index, image, ["sleep"]), cancellationToken))
            {
                var namespaces = $"container:{subject.SandboxId}";
                await using var baseline = new DockerCliStarter(
                    "docker_cli", ["--network", namespaces, "--ipc", namespaces], [image, "sleep", .. SleepArguments], Labels(), settings.SocketPath);
                comparisons.Add(await CompareAsync("docker runtime vs docker run -d", "docker_ratio", DockerMaximumRatio, subject, baseline, count, cancellationToken));
            }

            await using (var subject = new RuntimeSandboxStarter("docker_sandbox", runtime, Sandbox))
            {
                await using var baseline = new DockerCliStarter("docker_cli_own_network", [], [image, "sleep", .. SleepArguments], Labels(), settings.SocketPath);
                comparisons.Add(await CompareAsync(
                    "docker sandbox vs docker run -d", "sandbox_ratio", null, subject, baseline, SandboxStarts(count), cancellationToken));
            }
        }

        var processSettings = ProcessSettings.Default with { RootDirectory = System.IO.Path.Combine(root, "process") };
        await using (var runtime = new ProcessRuntime(processSettings))
        {
            await using var subject = await RuntimeContainerStarter.CreateAsync(
                "process_runtime", runtime, Sandbox(0), index => Container(index, "sleep", []), cancellationToken);
            await using var baseline = new ProcessStartStarter("process_start", "sleep", SleepArguments);
            comparisons.Add(await CompareAsync("process runtime vs Process.Start", "process_ratio", ProcessMaximumRatio, subject, baseline, count, cancellationToken));
        }

        return comparisons;
    }

    /// <summary>Starts <paramref name="count"/> with each starter, alternating which goes first.</summary>
    private static async Task<Comparison> CompareAsync(
        string label, string ratioKey, double? maximumRatio, IStarter subject, IStarter baseline, int count, CancellationToken cancellationToken)
    {
        var subjectLatencies = new Latencies(subject.Key);
        var baselineLatencies = new Latencies(baseline.Key);
        for (var i = 0; i < count; i++)
        {
            var (first, firstLatencies, second, secondLatencies) = i % 2 == 0
                ? (subject, subjectLatencies, baseline, baselineLatencies)
                : (baseline, baselineLatencies, subject, subjectLatencies);
            firstLatencies.Add(await first.StartOneAsync(cancellationToken));
            secondLatencies.Add(await second.StartOneAsync(cancellationToken));
        }

        return new Comparison(label, ratioKey, maximumRatio, subjectLatencies, baselineLatencies);
    }

    /// <summary>Removes what a crashed earlier run left: only objects with the benchmark's label.</summary>
    private static async Task RemoveLeftoversAsync(CancellationToken cancellationToken)
    {
        using var client = new DockerClient(DockerSettings.Default.SocketPath, TimeSpan.FromMinutes(1));
        foreach (var leftover in await client.ListContainersAsync([$"{BenchLabel}={BenchLabelValue}"], cancellationToken))
        {
            await client.RemoveContainerAsync(leftover.Id, cancellationToken);
        }
    }

    private static PodSandboxConfig Sandbox(int index)
    {
        var uid = Guid.NewGuid().ToString();
        var labels = new Dictionary<string, string>(Labels())
        {
            [ContainerLabels.PodUid] = uid,
            [ContainerLabels.PodName] = $"bench-{index}",
            [ContainerLabels.PodNamespace] = "bench",
        };
        return new PodSandboxConfig(uid, "bench", $"bench-{index}", 0, labels, []);
    }

    private static ContainerConfig Container(int index, string image, IReadOnlyList<string> command) => new(
        $"c{index}",
        image,
        command,
        SleepArguments,
        [],
        null,
        [],
        ContainerResources.None,
        new Dictionary<string, string>(Labels()) { [ContainerLabels.Attempt] = "0" });

    private static IReadOnlyDictionary<string, string> Labels() => new Dictionary<string, string>
    {
        [BenchLabel] = BenchLabelValue,
        [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue,
    };
}

using Orchestrator.Benchmarks.Harness;
using Orchestrator.Node.Runtime.Docker;

namespace Orchestrator.Benchmarks.Scenarios.ContainerStart;

/// <summary>
/// Create-to-running latency of containers, p50 and p99: the Docker runtime beside <c>docker run -d</c> of the
/// same image and namespaces through the CLI, its pod sandboxes beside a plain <c>docker run -d</c>, and the
/// process runtime beside a plain Process.Start of the same command, all in the same run. Subject and
/// baseline alternate start by start, so that a drift of the machine touches both alike.
/// </summary>
internal sealed partial class ContainerStartScenario : IScenario
{
    private const double DockerMaximumRatio = 1.2;
    private const double ProcessMaximumRatio = 2.0;
    private const int WarmUpStarts = 2;

    public string Name => "container-start";

    public string Description => "create-to-running latency p50/p99 of 100 containers: docker runtime vs docker run -d (CLI), process runtime vs Process.Start";

    public async Task<ScenarioReport> RunAsync(ScenarioOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var count = options.Pick(full: 100, quick: 10);
        var dockerSkipReason = await DockerSkipReasonAsync(cancellationToken);
        if (dockerSkipReason is null)
        {
            await RemoveLeftoversAsync(cancellationToken);
        }

        using var root = new TemporaryDirectory("orch-bench-container-start-");
        options.Progress.WriteLine($"container-start: warming up ({WarmUpStarts} starts of each kind)");
        await RunTrialAsync(WarmUpStarts, dockerSkipReason is null, root.Path, cancellationToken);
        var trials = new List<IReadOnlyList<Comparison>>();
        for (var trial = 0; trial < options.Trials; trial++)
        {
            var comparisons = await RunTrialAsync(count, dockerSkipReason is null, root.Path, cancellationToken);
            trials.Add(comparisons);
            options.Progress.WriteLine($"container-start trial {trial + 1}/{options.Trials}: " + string.Join(
                "; ", comparisons.Select(c => $"{c.Subject.Key} p50 {c.Subject.P50:0.0} ms vs {c.Baseline.Key} {c.Baseline.P50:0.0} ms")));
        }

        return new ScenarioReport(Name, [.. trials[0].Index().SelectMany(kind => Rows([.. trials.Select(t => t[kind.Index])]))])
        {
            Extra = [new Figure("containers_per_trial", count)],
            Notes =
            [
                $"{count} container starts of each kind per trial ({SandboxStarts(count)} sandbox starts), subject and baseline alternating; every container runs `sleep 3600` until the trial ends, then all are removed",
                "docker runtime: CreateContainerAsync + StartContainerAsync into a running pod sandbox (the kubelet's create-to-running), over the API socket",
                "docker run -d: the CLI with --network and --ipc container:<that sandbox> (the same namespaces), the same image and labels, timed until the CLI exits",
                "docker sandbox: RunPodSandboxAsync (a pause container with its own network namespace) vs docker run -d of the pause image on the default bridge (no target)",
                "process runtime: ProcessRuntime create + start of `sleep 3600` (through a shell shim in its own process group) vs Process.Start(\"sleep\", \"3600\")",
                dockerSkipReason is null
                    ? $"targets: docker runtime <= {DockerMaximumRatio:0.0}x docker run -d, process runtime <= {ProcessMaximumRatio:0.0}x Process.Start, at p50 and p99"
                    : $"docker: not measured, {dockerSkipReason}; target: process runtime <= {ProcessMaximumRatio:0.0}x Process.Start, at p50 and p99",
            ],
        };
    }

    /// <summary>The p50 and p99 rows of one comparison, each the median over the trials.</summary>
    private static IEnumerable<ReportRow> Rows(IReadOnlyList<Comparison> trials)
    {
        var first = trials[0];
        foreach (var (percentile, pick) in new (string, Func<Latencies, double>)[] { ("p50", l => l.P50), ("p99", l => l.P99) })
        {
            var subject = Statistics.Median([.. trials.Select(t => pick(t.Subject))]);
            var baseline = Statistics.Median([.. trials.Select(t => pick(t.Baseline))]);
            var row = ReportRow.Compared(
                $"{first.Label}: {percentile}",
                "ms",
                new Figure($"{first.Subject.Key}_{percentile}_ms", subject),
                new Figure($"{first.Baseline.Key}_{percentile}_ms", baseline),
                $"{first.RatioKey}_{percentile}");
            yield return first.MaximumRatio is { } maximum
                ? row with { Targets = [Target.AtMost(row.Ratio ?? double.MaxValue, maximum, $"<= {maximum:0.0}x")] }
                : row;
        }
    }

    /// <summary>Sandboxes are a side figure and take twice a container's time: a quarter as many, ten at least (never more).</summary>
    private static int SandboxStarts(int containers) => Math.Min(containers, Math.Max(containers / 4, 10));

    /// <summary>Why Docker cannot be measured here, or null when an engine answers and the CLI is on PATH.</summary>
    private static async Task<string?> DockerSkipReasonAsync(CancellationToken cancellationToken)
    {
        var socket = DockerSettings.Default.SocketPath;
        if (!await DockerRuntime.IsAvailableAsync(socket, TimeSpan.FromSeconds(5), cancellationToken))
        {
            return $"no engine answers on {socket}";
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries).Any(directory => File.Exists(System.IO.Path.Combine(directory, "docker")))
            ? null
            : "the docker CLI is not on PATH";
    }

    /// <summary>A directory under the system's temporary one, deleted with everything in it.</summary>
    private sealed class TemporaryDirectory(string prefix) : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using Orchestrator.Actors.Tests.Cluster;
using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.Failover;

/// <summary>
/// <c>failover</c>: three cluster members in separate processes; one is SIGKILLed, and the time until both others
/// have removed it (failure detection, the split-brain resolver's stable-after, the leader's removal) is measured,
/// with Akka's default settings and with fast ones, beside each profile's configured lower bound.
/// </summary>
internal sealed class FailoverScenario : IScenario
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public string Name => "failover";

    public string Description => "seconds from SIGKILL of a member process to MemberRemoved on the others (default and fast settings) vs the configured lower bound";

    public async Task<ScenarioReport> RunAsync(ScenarioOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var host = typeof(FailoverScenario).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ClusterHost").Value!;
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var rows = new List<ReportRow>();
        var extra = new List<Figure>();
        foreach (var profile in new[] { FailoverProfile.Fast, FailoverProfile.Default })
        {
            var seconds = new List<double>();
            for (var trial = 1; trial <= options.Trials; trial++)
            {
                var measured = await MeasureOnceAsync(host, secret, profile, cancellationToken);
                await options.Progress.WriteLineAsync($"failover {profile.Name} trial {trial}: {measured:0.00} s");
                seconds.Add(measured);
            }

            rows.Add(ReportRow.Compared(
                $"{profile.Name} settings",
                "s",
                new Figure($"{profile.Name}_seconds_to_removed", Statistics.Median(seconds)),
                new Figure($"{profile.Name}_lower_bound_seconds", profile.LowerBound.TotalSeconds),
                $"{profile.Name}_to_lower_bound_ratio"));
            extra.Add(new Figure($"{profile.Name}_spread", Statistics.RelativeSpread(seconds)));
        }

        return new ScenarioReport(Name, rows)
        {
            Extra = extra,
            Notes =
            [
                $"three member processes on loopback (tests/Orchestrator.Actors.ClusterHost); the third is SIGKILLed; time until both others print MemberRemoved; median of {options.Trials} trial(s)",
                $"default: heartbeat 1 s, threshold 8, acceptable pause 3 s, stable-after 20 s, leader tick 1 s; fast: heartbeat 200 ms, pause 1 s, stable-after 2 s, gossip and leader tick 200 ms",
                "baseline: the configured lower bound, acceptable pause + stable-after + one leader tick (a ratio near 1 means little overhead beyond the settings)",
            ],
        };
    }

    private static async Task<double> MeasureOnceAsync(string host, string secret, FailoverProfile profile, CancellationToken cancellationToken)
    {
        using var first = await ClusterHostProcess.StartAsync(host, secret, null, profile.Config, cancellationToken);
        await first.WaitForEventAsync("UP", first.Address, Patience);
        using var second = await ClusterHostProcess.StartAsync(host, secret, first.Address, profile.Config, cancellationToken);
        using var victim = await ClusterHostProcess.StartAsync(host, secret, first.Address, profile.Config, cancellationToken);
        await Task.WhenAll(first.WaitForEventAsync("UP", victim.Address, Patience), second.WaitForEventAsync("UP", victim.Address, Patience));

        var clock = Stopwatch.StartNew();
        victim.Kill();
        await Task.WhenAll(first.WaitForEventAsync("REMOVED", victim.Address, Patience), second.WaitForEventAsync("REMOVED", victim.Address, Patience));
        var elapsed = clock.Elapsed.TotalSeconds;
        await Task.WhenAll(first.StopAsync(TimeSpan.FromSeconds(20)), second.StopAsync(TimeSpan.FromSeconds(20)));
        return elapsed;
    }
}

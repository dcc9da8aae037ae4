using Orchestrator.Benchmarks.Harness;
using Orchestrator.Benchmarks.Scenarios.PingPong;

namespace Orchestrator.Benchmarks.Scenarios.RemotePingPong;

/// <summary>The warm-up and the measured trials.</summary>
internal sealed partial class RemotePingPongScenario
{
    private static async Task<(double Remote, double Baseline)> MeasureAsync(
        int pairs, long roundTrips, IPingPong remote, IPingPong baseline, ScenarioOptions options, CancellationToken cancellationToken)
    {
        // Warm-up: JIT tiers, connection buffers, the inbound caches.
        await remote.PlayAsync(Math.Max(InFlight, roundTrips / 5), InFlight, cancellationToken);
        await baseline.PlayAsync(Math.Max(InFlight, roundTrips / 5), InFlight, cancellationToken);
        var rates = new Dictionary<IPingPong, List<double>> { [remote] = [], [baseline] = [] };
        var messages = 2.0 * roundTrips * pairs;
        for (var trial = 0; trial < options.Trials; trial++)
        {
            // Alternate which goes first so that drift hits both alike.
            IPingPong[] order = trial % 2 == 0 ? [remote, baseline] : [baseline, remote];
            foreach (var transport in order)
            {
                var elapsed = await transport.PlayAsync(roundTrips, InFlight, cancellationToken);
                var rate = messages / elapsed.TotalSeconds;
                rates[transport].Add(rate);
                options.Progress.WriteLine($"remote-pingpong {pairs} pair(s) trial {trial + 1}/{options.Trials} {transport.Name,-6}: {Formatting.Rate(rate)} ({elapsed.TotalMilliseconds:0} ms)");
            }
        }

        return (Statistics.Median(rates[remote]), Statistics.Median(rates[baseline]));
    }
}

using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.PingPong;

/// <summary>Calibration and the measured trials.</summary>
internal sealed partial class PingPongScenario
{
    private const long FirstCalibrationMessages = 20_000;

    private const int CalibrationRepeats = 3;

    /// <summary>
    /// Warms both transports up (JIT tiers, thread pool, queue segments) and sizes the
    /// measured play: each transport plays, doubling the count, until one play lasts a fifth
    /// of <paramref name="playTime"/>, then plays that count again; its best rate (other work
    /// on the machine only ever slows a play down) sets the measured count, so that the
    /// slower transport plays about <paramref name="playTime"/>. Both then play that same
    /// count in every trial.
    /// </summary>
    private static async Task<PingPongCase> CalibrateAsync(PingPongCase game, TimeSpan playTime, IPingPong actors, IPingPong channels, CancellationToken cancellationToken)
    {
        var slowest = double.MaxValue;
        foreach (var transport in new[] { actors, channels })
        {
            var roundTrips = Math.Max(game.InFlight, FirstCalibrationMessages / 2 / game.Pairs);
            var elapsed = await transport.PlayAsync(roundTrips, game.InFlight, cancellationToken);
            while (elapsed < playTime / 5)
            {
                roundTrips *= 2;
                elapsed = await transport.PlayAsync(roundTrips, game.InFlight, cancellationToken);
            }

            for (var repeat = 1; repeat < CalibrationRepeats; repeat++)
            {
                var again = await transport.PlayAsync(roundTrips, game.InFlight, cancellationToken);
                elapsed = again < elapsed ? again : elapsed;
            }

            slowest = Math.Min(slowest, 2.0 * game.Pairs * roundTrips / elapsed.TotalSeconds);
        }

        // Round to a thousand round trips so that the counts in the JSON read well.
        var measured = (long)(slowest * playTime.TotalSeconds / 2 / game.Pairs);
        measured = Math.Max(game.InFlight, Math.Max(1, measured / 1000) * 1000);
        return game with { RoundTripsPerPair = measured };
    }

    private static async Task<(PlayResult Actor, PlayResult Channel)> MeasureAsync(PingPongCase game, IPingPong actors, IPingPong channels, ScenarioOptions options, CancellationToken cancellationToken)
    {
        var rates = new Dictionary<IPingPong, List<double>> { [actors] = [], [channels] = [] };
        var allocations = new Dictionary<IPingPong, List<double>> { [actors] = [], [channels] = [] };
        for (var trial = 0; trial < options.Trials; trial++)
        {
            // Alternate which transport goes first so that drift (heat, background work) hits both alike.
            IPingPong[] order = trial % 2 == 0 ? [actors, channels] : [channels, actors];
            foreach (var transport in order)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var elapsed = await transport.PlayAsync(game.RoundTripsPerPair, game.InFlight, cancellationToken);
                var allocated = (double)(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / game.Messages;
                var rate = game.Messages / elapsed.TotalSeconds;
                rates[transport].Add(rate);
                allocations[transport].Add(allocated);
                options.Progress.WriteLine($"pingpong {game.Label} trial {trial + 1}/{options.Trials} {transport.Name,-7}: {Formatting.Rate(rate)} ({elapsed.TotalMilliseconds:0} ms, {allocated:0.0} B/msg)");
            }
        }

        PlayResult Result(IPingPong transport) => new(Statistics.Median(rates[transport]), Statistics.Median(allocations[transport]));
        return (Result(actors), Result(channels));
    }
}

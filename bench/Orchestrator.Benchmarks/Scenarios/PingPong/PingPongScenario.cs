using Orchestrator.Actors;
using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.PingPong;

/// <summary>
/// In-process ping-pong: pairs of actors bounce balls, beside the same game over
/// System.Threading.Channels. One ball per pair measures hand-off latency; ten per pair
/// (Akka's benchmark style) measures throughput when mailboxes stay busy.
/// </summary>
internal sealed partial class PingPongScenario : IScenario
{
    private const double ManyPairsMinimumRate = 5_000_000;
    private const double ManyPairsMinimumRatio = 0.5;

    public string Name => "pingpong";

    public string Description => "actor pairs bouncing messages (1 and 10 in flight; 1, 2x cores and 100 pairs) vs the same exchange over Channels";

    public async Task<ScenarioReport> RunAsync(ScenarioOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var playTime = options.Pick(full: TimeSpan.FromSeconds(1), quick: TimeSpan.FromSeconds(0.15));
        int[] pairCounts = [.. new[] { 1, 2 * Environment.ProcessorCount, 100 }.Distinct()];
        int[] inFlights = [1, 10];

        var rateRows = new List<ReportRow>();
        var allocationRows = new List<ReportRow>();
        var extra = new List<Figure>();
        var system = BenchmarkSystem.Create("pingpong");
        try
        {
            foreach (var pairs in pairCounts)
            {
                await using var actors = new ActorPingPong(system, pairs);
                await using var channels = new ChannelPingPong(pairs);
                foreach (var inFlight in inFlights)
                {
                    var game = await CalibrateAsync(new PingPongCase(pairs, inFlight, 0), playTime, actors, channels, cancellationToken);
                    var (actor, channel) = await MeasureAsync(game, actors, channels, options, cancellationToken);
                    rateRows.Add(RateRow(game, actor, channel));
                    allocationRows.Add(ReportRow.Compared(
                        $"{game.Label}: allocated",
                        "B/msg",
                        new Figure(game.AllocationKey(actors.Name), actor.AllocatedPerMessage),
                        new Figure(game.AllocationKey(channels.Name), channel.AllocatedPerMessage),
                        game.AllocationRatioKey));
                    extra.Add(new Figure(game.MessagesKey, game.Messages));
                }
            }
        }
        finally
        {
            await system.Terminate();
        }

        return new ScenarioReport(Name, [.. rateRows, .. allocationRows])
        {
            Extra = extra,
            Notes =
            [
                $"each play: a fixed message count per case (both directions counted, split evenly over the pairs; *_messages_per_play in the JSON), sized by warm-up plays so that the slower transport plays about {playTime.TotalSeconds:0.##} s",
                "baseline: two tasks per pair, each reading its own unbounded Channel (SingleReader) and writing the other's",
                "allocated: GC.GetTotalAllocatedBytes over the play (all threads) / messages",
                $"targets (many pairs): >= {Formatting.Number(ManyPairsMinimumRate)} msgs/s and >= {ManyPairsMinimumRatio:0.0}x the baseline",
            ],
        };
    }

    private static ReportRow RateRow(PingPongCase game, PlayResult actor, PlayResult channel)
    {
        var row = ReportRow.Compared(
            game.Label,
            "msgs/s",
            new Figure(game.RateKey(ActorPingPong.TransportName), actor.Rate),
            new Figure(game.RateKey(ChannelPingPong.TransportName), channel.Rate),
            game.RatioKey);
        if (game.Pairs == 1)
        {
            return row;
        }

        return row with
        {
            Targets =
            [
                Target.AtLeast(actor.Rate, ManyPairsMinimumRate, ">= 5M msgs/s"),
                Target.AtLeast(row.Ratio ?? 0, ManyPairsMinimumRatio, $">= {ManyPairsMinimumRatio:0.0}x"),
            ],
        };
    }
}

using System.Security.Cryptography;
using Orchestrator.Actors;
using Orchestrator.Actors.Remote;
using Orchestrator.Benchmarks.Harness;
using Orchestrator.Benchmarks.Scenarios.PingPong;

namespace Orchestrator.Benchmarks.Scenarios.RemotePingPong;

/// <summary>
/// Remote ping-pong between two processes on loopback (Akka.NET's RemotePingPong): pairs of a pinger here and an
/// echo actor in a child process, with 1 and 16 pairs, beside the same frames echoed over a plain TCP socket pair
/// between the same two processes.
/// </summary>
internal sealed partial class RemotePingPongScenario : IScenario
{
    private const double ManyPairsMinimumRate = 250_000;
    private const double ManyPairsMinimumRatio = 0.40;
    private const int InFlight = 10;
    private static readonly int[] PairCounts = [1, RemotePingPongSetup.MaxPairs];

    public string Name => "remote-pingpong";

    public string Description => "actor pairs across two processes over remoting (1 and 16 pairs) vs the same frames echoed over a plain TCP socket";

    public async Task<ScenarioReport> RunAsync(ScenarioOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var messagesPerPlay = options.Pick(full: 1_000_000L, quick: 100_000L);
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var rows = new List<ReportRow>();
        var extra = new List<Figure>();
        await using var echoProcess = await EchoProcess.StartAsync(secret, cancellationToken);
        var system = RemotePingPongSetup.CreateSystem("pinger", secret);
        try
        {
            foreach (var pairs in PairCounts)
            {
                var echoes = await RemoteEchoes.ResolveAsync(system, echoProcess.Address, pairs);
                await using var actors = new ActorPingPong(system, echoes, RemoteEchoes.TransportName);
                var frameSize = FrameSize(system, actors);
                await using var socket = new RawSocketPingPong(echoProcess.RawPort, pairs, frameSize);
                var roundTrips = Math.Max(InFlight, messagesPerPlay / 2 / pairs);
                var (remote, baseline) = await MeasureAsync(pairs, roundTrips, actors, socket, options, cancellationToken);
                rows.Add(RateRow(pairs, remote, baseline));
                extra.Add(new Figure($"pairs_{pairs}_messages_per_play", 2.0 * roundTrips * pairs));
                extra.Add(new Figure($"pairs_{pairs}_frame_bytes", frameSize));
            }
        }
        finally
        {
            await system.Terminate();
        }

        return new ScenarioReport(Name, rows)
        {
            Extra = extra,
            Notes =
            [
                $"two processes on loopback; {InFlight} balls in flight per pair; both directions counted; medians of {options.Trials} trial(s) after a warm-up play",
                "remote: a Pinger actor here, an Echo actor in the child process (this program run as remote-pingpong-echo), orch.actor.provider = remote",
                "baseline: frames of the ball frame's size echoed by the same child process over one plain TCP connection, the same number in flight",
                $"targets (16 pairs): >= {Formatting.Number(ManyPairsMinimumRate)} msgs/s and >= {ManyPairsMinimumRatio:0.00}x the baseline",
            ],
        };
    }

    /// <summary>The size of a ball's frame: header, flags, both paths, the manifest and the payload.</summary>
    private static int FrameSize(ActorSystem system, ActorPingPong actors)
    {
        var transport = RemoteTransport.Get(system);
        var payload = Actors.Serialization.Serialization.Get(system).Serialize(Ball.Instance).Bytes.Length;
        return 4 + 1 + 1 + 2 + transport.EncodePath(actors.Echoes[0]).Length + 2 + transport.EncodePath(actors.Pingers[0]).Length +
            2 + RemotePingPongSetup.BallManifest.Length + payload;
    }

    private static ReportRow RateRow(int pairs, double remote, double baseline)
    {
        var label = pairs == 1 ? "1 pair" : $"{pairs} pairs";
        var row = ReportRow.Compared(
            label,
            "msgs/s",
            new Figure($"pairs_{pairs}_remote_msgs_per_s", remote),
            new Figure($"pairs_{pairs}_socket_msgs_per_s", baseline),
            $"pairs_{pairs}_remote_to_socket_ratio");
        return pairs == 1
            ? row
            : row with
            {
                Targets =
                [
                    Target.AtLeast(remote, ManyPairsMinimumRate, $">= {Formatting.Number(ManyPairsMinimumRate)} msgs/s"),
                    Target.AtLeast(row.Ratio ?? 0, ManyPairsMinimumRatio, $">= {ManyPairsMinimumRatio:0.00}x"),
                ],
            };
    }
}

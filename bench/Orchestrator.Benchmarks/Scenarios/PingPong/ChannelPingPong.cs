using System.Diagnostics;
using System.Threading.Channels;

namespace Orchestrator.Benchmarks.Scenarios.PingPong;

/// <summary>
/// The baseline: the same game over <see cref="Channel"/>s. Each side of a pair is a task
/// on the thread pool that reads its own unbounded channel (single reader, as a mailbox
/// has one consumer) and writes the other side's: the library's limit for this hand-off.
/// </summary>
internal sealed class ChannelPingPong(int pairs) : IPingPong
{
    private static readonly UnboundedChannelOptions Options = new() { SingleReader = true, SingleWriter = false };

    /// <summary>The name of this transport in figures' keys.</summary>
    public const string TransportName = "channel";

    public string Name => TransportName;

    public async Task<TimeSpan> PlayAsync(long roundTrips, int inFlight, CancellationToken cancellationToken)
    {
        var toEcho = new Channel<Ball>[pairs];
        var toPinger = new Channel<Ball>[pairs];
        for (var i = 0; i < pairs; i++)
        {
            toEcho[i] = Channel.CreateUnbounded<Ball>(Options);
            toPinger[i] = Channel.CreateUnbounded<Ball>(Options);
        }

        var pingers = new Task[pairs];
        var echoes = new Task[pairs];
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < pairs; i++)
        {
            var (inbox, outbox) = (toPinger[i], toEcho[i]);
            echoes[i] = Task.Run(() => EchoAsync(outbox.Reader, inbox.Writer, cancellationToken), cancellationToken);
            pingers[i] = Task.Run(() => PingAsync(inbox.Reader, outbox.Writer, roundTrips, inFlight, cancellationToken), cancellationToken);
        }

        await Task.WhenAll(pingers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await Task.WhenAll(echoes);
        return elapsed;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The counting side, as <see cref="Pinger"/>; completes the echo's channel when all balls are home.</summary>
    private static async Task PingAsync(ChannelReader<Ball> inbox, ChannelWriter<Ball> echo, long roundTrips, int inFlight, CancellationToken cancellationToken)
    {
        for (var i = 0; i < inFlight; i++)
        {
            echo.TryWrite(Ball.Instance);
        }

        var toServe = roundTrips - inFlight;
        var toReceive = roundTrips;
        while (await inbox.WaitToReadAsync(cancellationToken))
        {
            while (inbox.TryRead(out var ball))
            {
                if (toServe > 0)
                {
                    toServe--;
                    echo.TryWrite(ball);
                }

                if (--toReceive == 0)
                {
                    echo.Complete();
                    return;
                }
            }
        }
    }

    /// <summary>The echoing side, as <see cref="Echo"/>: returns every ball until its channel completes.</summary>
    private static async Task EchoAsync(ChannelReader<Ball> inbox, ChannelWriter<Ball> pinger, CancellationToken cancellationToken)
    {
        while (await inbox.WaitToReadAsync(cancellationToken))
        {
            while (inbox.TryRead(out var ball))
            {
                pinger.TryWrite(ball);
            }
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Orchestrator.Benchmarks.Scenarios.PingPong;

namespace Orchestrator.Benchmarks.Scenarios.RemotePingPong;

/// <summary>
/// The baseline: frames of the same size as remoting's ball frames, echoed over one plain TCP connection (as remoting
/// carries every pair over one connection each way). The same number of frames is in flight as balls in the actor
/// game; each frame that comes back sends the next, and the writes of one read go out together.
/// </summary>
internal sealed class RawSocketPingPong : IPingPong
{
    private readonly Socket _socket;
    private readonly int _pairs;
    private readonly int _frameSize;
    private readonly byte[] _receive = new byte[64 * 1024];

    public RawSocketPingPong(int port, int pairs, int frameSize)
    {
        _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        _socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
        _pairs = pairs;
        _frameSize = frameSize;
    }

    /// <summary>The name of this transport in figures' keys.</summary>
    public const string TransportName = "socket";

    public string Name => TransportName;

    public async Task<TimeSpan> PlayAsync(long roundTrips, int inFlight, CancellationToken cancellationToken)
    {
        var total = roundTrips * _pairs;
        var window = (int)Math.Min(total, (long)inFlight * _pairs);
        var send = new byte[Math.Max(window, _receive.Length / _frameSize + 1) * _frameSize];
        var started = Stopwatch.GetTimestamp();
        await _socket.SendAsync(send.AsMemory(0, window * _frameSize), cancellationToken);
        var sent = (long)window;
        long receivedBytes = 0;
        while (receivedBytes < total * _frameSize)
        {
            var read = await _socket.ReceiveAsync(_receive, cancellationToken);
            if (read == 0)
            {
                throw new IOException("the echo process closed the baseline connection");
            }

            var framesBefore = receivedBytes / _frameSize;
            receivedBytes += read;
            var completed = (receivedBytes / _frameSize) - framesBefore;
            var next = (int)Math.Min(completed, total - sent);
            if (next > 0)
            {
                sent += next;
                await _socket.SendAsync(send.AsMemory(0, next * _frameSize), cancellationToken);
            }
        }

        return Stopwatch.GetElapsedTime(started);
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}

using System.Net;
using System.Net.Sockets;

namespace Orchestrator.Benchmarks.Scenarios.RemotePingPong;

/// <summary>The baseline's far side: a loopback TCP server that writes back every byte it reads, as it reads it.</summary>
internal sealed class RawEchoServer : IDisposable
{
    private readonly Socket _listener;

    private RawEchoServer(Socket listener)
    {
        _listener = listener;
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>The port it listens on.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndPoint!).Port;

    public static RawEchoServer Start()
    {
        var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(16);
        return new RawEchoServer(listener);
    }

    public void Dispose() => _listener.Dispose();

    private async Task AcceptAsync()
    {
        while (true)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync();
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => EchoAsync(socket));
        }
    }

    private static async Task EchoAsync(Socket socket)
    {
        socket.NoDelay = true;
        var buffer = new byte[64 * 1024];
        using (socket)
        {
            try
            {
                int read;
                while ((read = await socket.ReceiveAsync(buffer)) > 0)
                {
                    await socket.SendAsync(buffer.AsMemory(0, read));
                }
            }
            catch (SocketException)
            {
                // The client went away.
            }
        }
    }
}

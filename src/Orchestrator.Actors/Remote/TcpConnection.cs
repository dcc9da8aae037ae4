using System.IO.Pipelines;
using System.Net.Sockets;

namespace Orchestrator.Actors.Remote;

/// <summary>A TCP connection with pipes on both directions; <see cref="Abort"/> closes it from any thread.</summary>
internal sealed class TcpConnection : IDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly CancellationTokenSource _closed = new();

    public TcpConnection(Socket socket)
    {
        _socket = socket;
        _socket.NoDelay = true;
        _stream = new NetworkStream(socket, ownsSocket: true);
        Reader = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024));
        Writer = PipeWriter.Create(_stream, new StreamPipeWriterOptions(minimumBufferSize: 64 * 1024));
    }

    public PipeReader Reader { get; }

    public PipeWriter Writer { get; }

    /// <summary>Cancelled once the connection is aborted.</summary>
    public CancellationToken Closed => _closed.Token;

    /// <summary>The peer's endpoint, for logs.</summary>
    public string RemoteEndPoint => _socket.RemoteEndPoint?.ToString() ?? "?";

    /// <summary>Closes the socket; pending reads and writes fail.</summary>
    public void Abort()
    {
        try
        {
            _closed.Cancel();
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        _socket.Close(0);
    }

    public void Dispose()
    {
        Abort();
        _stream.Dispose();
        _closed.Dispose();
    }
}

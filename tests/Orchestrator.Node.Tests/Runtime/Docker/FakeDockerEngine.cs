using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Orchestrator.Node.Tests.Runtime.Docker;

/// <summary>
/// A stand-in for the Docker engine on a unix socket, for what a real engine cannot be made to do on
/// demand (speak an old or a future API version, fail a call): it answers each HTTP/1.1 request with what
/// <see cref="Answer"/> returns, and records the requests.
/// </summary>
internal sealed class FakeDockerEngine : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly DirectoryInfo _directory;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public FakeDockerEngine(Func<string, string, (int Status, string Body)> answer)
    {
        Answer = answer;
        _directory = Directory.CreateTempSubdirectory("orch-fake-docker-");
        SocketPath = Path.Combine(_directory.FullName, "docker.sock");
        _listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        _listener.Bind(new UnixDomainSocketEndPoint(SocketPath));
        _listener.Listen();
        _accepting = AcceptAsync();
    }

    /// <summary>The answer (status code, JSON body) to a request (method, path with query).</summary>
    public Func<string, string, (int Status, string Body)> Answer { get; }

    /// <summary>Where it listens.</summary>
    public string SocketPath { get; }

    /// <summary>The requests so far, as <c>METHOD path</c>.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Dispose();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stop.Dispose();
        _directory.Delete(recursive: true);
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var connection = await _listener.AcceptAsync(_stop.Token);
            _ = ServeAsync(connection);
        }
    }

    private async Task ServeAsync(Socket connection)
    {
        using var stream = new NetworkStream(connection, ownsSocket: true);
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        try
        {
            while (await reader.ReadLineAsync(_stop.Token) is { Length: > 0 } requestLine)
            {
                var length = 0;
                while (await reader.ReadLineAsync(_stop.Token) is { Length: > 0 } header)
                {
                    if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(header["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
                    }
                }

                if (length > 0)
                {
                    await reader.ReadBlockAsync(new char[length], _stop.Token); // the fake's answers do not depend on bodies
                }

                var parts = requestLine.Split(' ');
                Requests.Enqueue($"{parts[0]} {parts[1]}");
                var (status, answer) = Answer(parts[0], parts[1]);
                var bytes = Encoding.UTF8.GetBytes(answer);
                var head = $"HTTP/1.1 {status} {(status < 400 ? "OK" : "Error")}\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
                await stream.WriteAsync(bytes, _stop.Token);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away, or the engine stopped.
        }
    }
}

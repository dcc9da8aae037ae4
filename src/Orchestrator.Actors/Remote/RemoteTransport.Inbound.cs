using System.Net.Sockets;

namespace Orchestrator.Actors.Remote;

/// <summary>The listener: every accepted connection is read by its own <see cref="InboundConnection"/>.</summary>
public sealed partial class RemoteTransport
{
    private async Task AcceptLoopAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync(token).ConfigureAwait(false);
            }
            catch (Exception e) when (token.IsCancellationRequested && e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            catch (SocketException e)
            {
                LogAcceptFailed(Log, e.Message);
                continue;
            }

            var inbound = new InboundConnection(this, new TcpConnection(socket));
            _inbound[inbound] = 0;
            _ = RunInboundAsync(inbound, token);
        }
    }

    private async Task RunInboundAsync(InboundConnection inbound, CancellationToken token)
    {
        try
        {
            await inbound.RunAsync(token).ConfigureAwait(false);
        }
        catch (HandshakeRefusedException)
        {
            // Logged where it was refused.
        }
        catch (InvalidDataException e)
        {
            LogInboundBroken(Log, inbound.Connection.RemoteEndPoint, e.Message);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The peer went away, or this system is stopping.
        }
        finally
        {
            _inbound.TryRemove(inbound, out _);
            inbound.Connection.Dispose();
        }
    }
}

using System.Net.Sockets;
using Orchestrator.Actors.Serialization;

namespace Orchestrator.Actors.Remote;

/// <summary>The connection loop: connect, handshake, write until the connection breaks, back off, again.</summary>
internal sealed partial class Association
{
    private async Task RunAsync()
    {
        var settings = Transport.Settings;
        var clock = Transport.System.TimeProvider;
        var backoff = settings.ReconnectBackoffMin;
        long? failingSince = null;
        var token = _stop.Token;
        while (!token.IsCancellationRequested)
        {
            var connected = false;
            try
            {
                using var connection = await ConnectAsync(token).ConfigureAwait(false);
                connected = true;
                failingSince = null;
                backoff = settings.ReconnectBackoffMin;
                if (await WriteLoopAsync(connection, token).ConfigureAwait(false))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is SocketException or IOException or InvalidDataException or OperationCanceledException or HandshakeRefusedException)
            {
                if (connected && e is OperationCanceledException && Volatile.Read(ref _queued) == 0)
                {
                    // The peer hung up (it left, or is shutting down) and nothing was lost: no cause for a warning.
                    LogClosedByPeer(_log, Remote);
                }
                else if (connected || failingSince is null)
                {
                    LogConnectionLost(_log, Remote, e is OperationCanceledException ? "closed by the peer" : e.Message, backoff);
                }
            }

            if (_queue.Reader.Completion.IsCompleted)
            {
                return;
            }

            failingSince ??= clock.GetTimestamp();
            if (clock.GetElapsedTime(failingSince.Value) >= settings.GiveUpAfter)
            {
                DropQueued();
            }

            await Task.Delay(backoff, clock, token).ConfigureAwait(false);
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, settings.ReconnectBackoffMax.Ticks));

            // Nothing to send: stay idle until something is, rather than dialling a system that may be gone for good.
            if (!await _queue.Reader.WaitToReadAsync(token).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task<TcpConnection> ConnectAsync(CancellationToken token)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        TcpConnection? connection = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(Transport.Settings.HandshakeTimeout);
            await socket.ConnectAsync(Remote.Host!, Remote.Port!.Value, timeout.Token).ConfigureAwait(false);
            connection = new TcpConnection(socket);
            _connection = connection;
            PeerUid = await Transport.OpenerHandshakeAsync(connection, Remote, timeout.Token).ConfigureAwait(false);
            LogAssociated(_log, Remote, PeerUid);
            _ = DrainReplies(connection);
            Transport.Watcher.Associated(Remote);
            return connection;
        }
        catch
        {
            if (connection is null)
            {
                socket.Dispose();
            }
            else
            {
                connection.Dispose();
            }

            throw;
        }
    }

    /// <summary>The acceptor never writes after the handshake: reading only notices that the connection closed.</summary>
    private static async Task DrainReplies(TcpConnection connection)
    {
        try
        {
            while (true)
            {
                var result = await connection.Reader.ReadAsync(connection.Closed).ConfigureAwait(false);
                connection.Reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closed either way.
        }

        connection.Abort();
    }

    /// <summary>Drains the queue into the connection, one flush per batch; true once the queue is completed and empty.</summary>
    private async Task<bool> WriteLoopAsync(TcpConnection connection, CancellationToken token)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, connection.Closed);
        var reader = _queue.Reader;
        var writer = connection.Writer;
        var encoder = new FrameEncoder(Transport, Remote);
        var injector = Transport.Injector;
        while (await reader.WaitToReadAsync(linked.Token).ConfigureAwait(false))
        {
            if (injector?.OutboundDelay(Remote) is { } delay && delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, Transport.System.TimeProvider, linked.Token).ConfigureAwait(false);
            }

            var dropAll = injector?.DropsOutbound(Remote) ?? false;
            var count = 0;
            while (count < 4096 && reader.TryRead(out var envelope))
            {
                Interlocked.Decrement(ref _queued);
                count++;
                if (!dropAll)
                {
                    encoder.Encode(writer, envelope);
                }
            }

            var flushed = await writer.FlushAsync(linked.Token).ConfigureAwait(false);
            if (flushed.IsCompleted || flushed.IsCanceled)
            {
                throw new IOException("the connection closed");
            }
        }

        await writer.CompleteAsync().ConfigureAwait(false);
        return true;
    }
}

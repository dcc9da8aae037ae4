using System.Buffers;
using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Serialization;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// A connection another system opened to this one: after the handshake, only read. Each frame is handled on
/// its own: one that cannot be decoded is logged and skipped; only a length that cannot be trusted (the stream
/// cannot be resynchronised after it) closes the connection.
/// </summary>
internal sealed partial class InboundConnection(RemoteTransport transport, TcpConnection connection)
{
    private const int CacheCapacity = 4096;
    private readonly Utf8Cache<IActorRef> _recipients = new(CacheCapacity);
    private readonly Utf8Cache<IActorRef> _senders = new(CacheCapacity);
    private readonly Utf8Cache<string> _manifests = new(256);
    private readonly ILogger _log = transport.Log;

    public TcpConnection Connection => connection;

    /// <summary>The address of the system at the other end, once the handshake is done.</summary>
    public Address? Peer { get; private set; }

    public async Task RunAsync(CancellationToken token)
    {
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(token, connection.Closed))
        {
            timeout.CancelAfter(transport.Settings.HandshakeTimeout);
            (Peer, _) = await transport.AcceptorHandshakeAsync(connection, timeout.Token).ConfigureAwait(false);
        }

        var reader = connection.Reader;
        var maximum = transport.Settings.MaximumFrameSize;
        while (true)
        {
            var result = await reader.ReadAsync(token).ConfigureAwait(false);
            var buffer = result.Buffer;
            try
            {
                while (FrameCodec.TryReadFrame(ref buffer, maximum, out var kind, out var body))
                {
                    Handle(kind, body);
                }
            }
            finally
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
            }

            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    private void Handle(FrameKind kind, in ReadOnlySequence<byte> body)
    {
        if (transport.Injector?.DropsInbound(Peer!) == true)
        {
            return;
        }

        byte[]? rented = null;
        var span = body.IsSingleSegment ? body.FirstSpan : Copy(body, out rented);
        try
        {
            switch (kind)
            {
                case FrameKind.Message:
                    DeliverMessage(span);
                    break;
                case FrameKind.System:
                    DeliverSystemMessage(span);
                    break;
                case FrameKind.Heartbeat:
                    transport.AssociationFor(Peer!).SendControl(FrameKind.HeartbeatResponse);
                    break;
                case FrameKind.HeartbeatResponse:
                    transport.Watcher.HeartbeatFrom(Peer!);
                    break;
                default:
                    LogUnknownFrame(_log, (byte)kind, Peer!);
                    break;
            }
        }
        catch (Exception e) when (e is SerializationException or InvalidDataException or FormatException or ArgumentException)
        {
            LogFrameDropped(_log, Peer!, e.Message);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static ReadOnlySpan<byte> Copy(in ReadOnlySequence<byte> body, out byte[] rented)
    {
        rented = ArrayPool<byte>.Shared.Rent((int)body.Length);
        body.CopyTo(rented);
        return rented.AsSpan(0, (int)body.Length);
    }

    [LoggerMessage(EventId = 4121, Level = LogLevel.Warning, Message = "Skipped a frame of unknown kind {Kind} from {Peer}")]
    private static partial void LogUnknownFrame(ILogger logger, byte kind, Address peer);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Warning, Message = "Dropped a frame from {Peer}: {Reason}")]
    private static partial void LogFrameDropped(ILogger logger, Address peer, string reason);
}

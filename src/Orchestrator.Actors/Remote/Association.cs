using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Remote;

/// <summary>
/// This system's outbound side towards one remote address (Artery's association): a queue of frames and the
/// one connection this system opened to the peer, re-opened with back-off whenever it breaks. Every message
/// to that system travels here, which keeps the order of messages from one sender to one recipient.
/// </summary>
internal sealed partial class Association
{
    private readonly Channel<OutboundEnvelope> _queue = Channel.CreateUnbounded<OutboundEnvelope>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly ILogger _log;
    private int _queued;
    private long _overflowed;
    private Task _run = Task.CompletedTask;
    private TcpConnection? _connection;

    public Association(RemoteTransport transport, Address remote)
    {
        Transport = transport;
        Remote = remote;
        _log = transport.Log;
    }

    public RemoteTransport Transport { get; }

    public Address Remote { get; }

    /// <summary>The uid of the incarnation the current (or last) connection reached; 0 before the first.</summary>
    public long PeerUid { get; private set; }

    /// <summary>Starts connecting; messages queue meanwhile.</summary>
    public void Start() => _run = Task.Run(RunAsync);

    /// <summary>Queues a frame; when the queue is full it goes to dead letters.</summary>
    public void Send(in OutboundEnvelope envelope)
    {
        if (Interlocked.Increment(ref _queued) > Transport.Settings.OutboundMessageQueueSize)
        {
            Interlocked.Decrement(ref _queued);

            // The first overflow and every 10,000th after it: a burst to a dead system must not flood the log.
            var overflowed = Interlocked.Increment(ref _overflowed);
            if (overflowed % 10_000 == 1)
            {
                LogQueueOverflow(_log, Remote, Transport.Settings.OutboundMessageQueueSize, overflowed);
            }

            ToDeadLetters(envelope);
            return;
        }

        if (!_queue.Writer.TryWrite(envelope))
        {
            Interlocked.Decrement(ref _queued);
            ToDeadLetters(envelope);
        }
    }

    /// <summary>Queues a death-watch system frame.</summary>
    public void SendSystem(byte kind, byte flags, ReadOnlySpan<byte> watchee, ReadOnlySpan<byte> watcher) =>
        Send(new OutboundEnvelope(FrameKind.System, 0, RemoteSystemMessage.Encode(kind, flags, watchee, watcher), null, null));

    /// <summary>Queues a frame with an empty body (heartbeats).</summary>
    public void SendControl(FrameKind kind) => Send(new OutboundEnvelope(kind, 0, [], null, null));

    /// <summary>Closes the current connection; the association reconnects after its back-off.</summary>
    public void Disconnect() => _connection?.Abort();

    /// <summary>Sends what is queued (bounded by <paramref name="timeout"/>), then closes for good.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        _queue.Writer.TryComplete();
        await Task.WhenAny(_run, Task.Delay(timeout, Transport.System.TimeProvider)).ConfigureAwait(false);
        await _stop.CancelAsync().ConfigureAwait(false);
        _connection?.Abort();
        try
        {
            await _run.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while connecting or waiting.
        }

        _stop.Dispose();
    }

    /// <summary>Drops every queued frame to dead letters.</summary>
    private void DropQueued()
    {
        var dropped = 0;
        while (_queue.Reader.TryRead(out var envelope))
        {
            Interlocked.Decrement(ref _queued);
            ToDeadLetters(envelope);
            dropped++;
        }

        if (dropped > 0)
        {
            LogGaveUp(_log, Remote, Transport.Settings.GiveUpAfter, dropped);
        }
    }

    private void ToDeadLetters(in OutboundEnvelope envelope)
    {
        if (envelope is { Kind: FrameKind.Message, Message: { } message })
        {
            var deadLetters = Transport.System.DeadLetters;
            deadLetters.Tell(new DeadLetter(message, envelope.Sender ?? deadLetters, deadLetters), envelope.Sender);
        }
    }
}

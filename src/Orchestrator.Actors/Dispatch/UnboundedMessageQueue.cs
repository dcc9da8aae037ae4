using System.Collections.Concurrent;

namespace Orchestrator.Actors.Dispatch;

/// <summary>
/// The default queue. Its storage is made on the first message, so an actor that never
/// receives one costs nothing here; idle actors are the common case in an orchestrator.
/// </summary>
public sealed class UnboundedMessageQueue : IMessageQueue
{
    private ConcurrentQueue<Envelope>? _queue;

    public bool HasMessages => _queue is { IsEmpty: false };

    public int Count => _queue?.Count ?? 0;

    public bool TryEnqueue(in Envelope envelope)
    {
        var queue = Volatile.Read(ref _queue) ?? Create();
        queue.Enqueue(envelope);
        return true;
    }

    public bool TryDequeue(out Envelope envelope)
    {
        var queue = Volatile.Read(ref _queue);
        if (queue is null)
        {
            envelope = default;
            return false;
        }

        return queue.TryDequeue(out envelope);
    }

    private ConcurrentQueue<Envelope> Create()
    {
        var created = new ConcurrentQueue<Envelope>();
        return Interlocked.CompareExchange(ref _queue, created, null) ?? created;
    }
}

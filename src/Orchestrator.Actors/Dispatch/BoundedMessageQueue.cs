using System.Collections.Concurrent;

namespace Orchestrator.Actors.Dispatch;

/// <summary>
/// A queue with a capacity. A message that finds it full is refused without blocking
/// the sender; the mailbox sends it to dead letters.
/// </summary>
public sealed class BoundedMessageQueue(int capacity) : IMessageQueue
{
    private readonly ConcurrentQueue<Envelope> _queue = new();
    private int _count;

    /// <summary>The most messages the queue holds.</summary>
    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "A bounded mailbox needs a positive capacity.");

    public bool HasMessages => Volatile.Read(ref _count) > 0;

    public int Count => Volatile.Read(ref _count);

    public bool TryEnqueue(in Envelope envelope)
    {
        if (Interlocked.Increment(ref _count) > Capacity)
        {
            Interlocked.Decrement(ref _count);
            return false;
        }

        _queue.Enqueue(envelope);
        return true;
    }

    public bool TryDequeue(out Envelope envelope)
    {
        if (_queue.TryDequeue(out envelope))
        {
            Interlocked.Decrement(ref _count);
            return true;
        }

        return false;
    }
}

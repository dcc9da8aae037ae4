namespace Orchestrator.Actors.TestKit;

/// <summary>
/// The queue between a test actor and the test thread: the actor appends, the test blocks (or
/// awaits) on a take with a timeout. ReceiveWhile puts back the message that ended it, at the front.
/// </summary>
internal sealed class MessageQueue
{
    private readonly LinkedList<MessageEnvelope> _items = new();
    private readonly SemaphoreSlim _available = new(0);

    public int Count
    {
        get
        {
            lock (_items)
            {
                return _items.Count;
            }
        }
    }

    public void Enqueue(MessageEnvelope envelope)
    {
        lock (_items)
        {
            _items.AddLast(envelope);
        }

        _available.Release();
    }

    public void PushFront(MessageEnvelope envelope)
    {
        lock (_items)
        {
            _items.AddFirst(envelope);
        }

        _available.Release();
    }

    /// <summary>Takes the first message, waiting up to <paramref name="timeout"/> (infinite allowed); null on timeout.</summary>
    public MessageEnvelope? TryTake(TimeSpan timeout) => _available.Wait(ClampTimeout(timeout)) ? TakeFirst() : null;

    /// <inheritdoc cref="TryTake"/>
    public async Task<MessageEnvelope?> TryTakeAsync(TimeSpan timeout) =>
        await _available.WaitAsync(ClampTimeout(timeout)).ConfigureAwait(false) ? TakeFirst() : null;

    private static TimeSpan ClampTimeout(TimeSpan timeout) =>
        timeout == Timeout.InfiniteTimeSpan ? timeout
        : timeout < TimeSpan.Zero ? TimeSpan.Zero
        : timeout.TotalMilliseconds > int.MaxValue ? TimeSpan.FromMilliseconds(int.MaxValue)
        : timeout;

    private MessageEnvelope TakeFirst()
    {
        // The semaphore counts items, so one is there for every successful wait.
        lock (_items)
        {
            var first = _items.First!.Value;
            _items.RemoveFirst();
            return first;
        }
    }
}

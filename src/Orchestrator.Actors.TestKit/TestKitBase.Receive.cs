namespace Orchestrator.Actors.TestKit;

/// <summary>Reading messages without asserting their content: ReceiveOne, ReceiveN, ReceiveWhile, FishForMessage.</summary>
public abstract partial class TestKitBase
{
    /// <summary>The next message, waiting up to <paramref name="max"/> (dilated; default: remaining or single-expect-default); null if none arrived.</summary>
    public object? ReceiveOne(TimeSpan? max = null) => Take(RemainingOrDilated(max))?.Message;

    /// <inheritdoc cref="ReceiveOne"/>
    public async Task<object?> ReceiveOneAsync(TimeSpan? max = null) => (await TakeAsync(RemainingOrDilated(max)).ConfigureAwait(false))?.Message;

    /// <summary>Exactly <paramref name="count"/> messages, all within <paramref name="max"/>; fails with what arrived if fewer do.</summary>
    public IReadOnlyList<object> ReceiveN(int count, TimeSpan? max = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var deadline = Deadline.StartingNow(RemainingOrDilated(max));
        var received = new List<object>(count);
        while (received.Count < count)
        {
            var envelope = Take(deadline.Left) ?? throw new TestKitAssertionException(
                $"ReceiveN: timeout ({Format.Duration(deadline.Limit)}) while expecting {count} messages; got {received.Count}: {Format.Messages(received)}.");
            received.Add(envelope.Message);
        }

        return received;
    }

    /// <summary>
    /// Collects <paramref name="filter"/>'s results while it returns non-null, until <paramref name="max"/> passes, no
    /// message arrives for <paramref name="idle"/>, or <paramref name="maxMessages"/> are collected. The message for
    /// which the filter returns null is left in the queue for the next expectation. Never fails.
    /// </summary>
    public IReadOnlyList<T> ReceiveWhile<T>(Func<object, T?> filter, TimeSpan? max = null, TimeSpan? idle = null, int maxMessages = int.MaxValue)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(filter);
        var deadline = Deadline.StartingNow(RemainingOrDilated(max));
        var idleLimit = idle is { } value ? Dilated(value) : Timeout.InfiniteTimeSpan;
        var collected = new List<T>();
        while (collected.Count < maxMessages)
        {
            var previous = _lastMessage;
            if (Take(Deadline.Shorter(deadline.Left, idleLimit)) is not { } envelope)
            {
                break;
            }

            if (filter(envelope.Message) is not { } result)
            {
                Queue.PushFront(envelope);
                _lastMessage = previous;
                break;
            }

            collected.Add(result);
        }

        return collected;
    }

    /// <summary>Skips messages until one satisfies <paramref name="isMessage"/>, and returns it; fails on timeout, listing what it skipped.</summary>
    public object FishForMessage(Predicate<object> isMessage, TimeSpan? max = null, string? hint = null) =>
        FishForMessage<object>(isMessage, max, hint);

    /// <summary>Skips messages until one of type <typeparamref name="T"/> satisfies <paramref name="isMessage"/>, and returns it; fails on timeout, listing what it skipped.</summary>
    public T FishForMessage<T>(Predicate<T> isMessage, TimeSpan? max = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var deadline = Deadline.StartingNow(RemainingOrDilated(max));
        var skipped = new List<object>();
        while (true)
        {
            var envelope = Take(deadline.Left) ?? throw new TestKitAssertionException(
                $"FishForMessage: timeout ({Format.Duration(deadline.Limit)}) while fishing for a {Format.TypeName(typeof(T))} matching the predicate{Format.Hint(hint)}; skipped {skipped.Count}: {Format.Messages(skipped)}.");
            if (envelope.Message is T typed && isMessage(typed))
            {
                return typed;
            }

            skipped.Add(envelope.Message);
        }
    }

    /// <summary>Takes the next message and makes it the last one; null on timeout.</summary>
    private MessageEnvelope? Take(TimeSpan max) => Received(Queue.TryTake(max));

    private async Task<MessageEnvelope?> TakeAsync(TimeSpan max) => Received(await Queue.TryTakeAsync(max).ConfigureAwait(false));

    private MessageEnvelope? Received(MessageEnvelope? envelope)
    {
        _lastWasNoMsg = false;
        if (envelope is not null)
        {
            _lastMessage = envelope;
        }

        return envelope;
    }
}

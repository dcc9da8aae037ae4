namespace Orchestrator.Actors.TestKit;

/// <summary>Expectations on the next message: its type, its content, or its absence. None of them skips a message.</summary>
public abstract partial class TestKitBase
{
    /// <summary>Expects the next message to be a <typeparamref name="T"/>, within <paramref name="timeout"/> (dilated; default: remaining or single-expect-default).</summary>
    public T ExpectMsg<T>(TimeSpan? timeout = null) => ExpectNext<T>(timeout, OfType<T>(), null);

    /// <summary>Expects the next message to be a <typeparamref name="T"/> that satisfies <paramref name="isMessage"/>.</summary>
    public T ExpectMsg<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        return ExpectNext<T>(timeout, Matching<T>(hint), m => isMessage(m));
    }

    /// <summary>Expects the next message to equal <paramref name="expected"/> (by <see cref="object.Equals(object)"/>).</summary>
    public T ExpectMsg<T>(T expected, TimeSpan? timeout = null) =>
        ExpectNext<T>(timeout, Format.Message(expected), m => EqualityComparer<T>.Default.Equals(m, expected));

    /// <summary>Expects the next message to be a <typeparamref name="T"/> and runs <paramref name="assertion"/> on it; the assertion's own failure propagates.</summary>
    public T ExpectMsg<T>(Action<T> assertion, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var message = ExpectNext<T>(timeout, OfType<T>(), null);
        assertion(message);
        return message;
    }

    /// <inheritdoc cref="ExpectMsg{T}(TimeSpan?)"/>
    public async Task<T> ExpectMsgAsync<T>(TimeSpan? timeout = null)
    {
        var deadline = Deadline.StartingNow(RemainingOrDilated(timeout));
        return CheckNext<T>(await TakeAsync(deadline.Limit).ConfigureAwait(false), deadline, OfType<T>(), null);
    }

    /// <inheritdoc cref="ExpectMsg{T}(Predicate{T}, TimeSpan?, string?)"/>
    public async Task<T> ExpectMsgAsync<T>(Predicate<T> isMessage, TimeSpan? timeout = null, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(isMessage);
        var deadline = Deadline.StartingNow(RemainingOrDilated(timeout));
        return CheckNext<T>(await TakeAsync(deadline.Limit).ConfigureAwait(false), deadline, Matching<T>(hint), m => isMessage(m));
    }

    /// <summary>
    /// Fails if any message arrives within <paramref name="duration"/> (dilated; default:
    /// <c>orch.test.expect-no-message-default</c>, cut to the time left in an enclosing Within).
    /// </summary>
    public void ExpectNoMsg(TimeSpan? duration = null)
    {
        var deadline = Deadline.StartingNow(NoMessageWait(duration));
        CheckNoMessage(Take(deadline.Limit), deadline);
    }

    /// <inheritdoc cref="ExpectNoMsg"/>
    public async Task ExpectNoMsgAsync(TimeSpan? duration = null)
    {
        var deadline = Deadline.StartingNow(NoMessageWait(duration));
        CheckNoMessage(await TakeAsync(deadline.Limit).ConfigureAwait(false), deadline);
    }

    /// <summary>Expects exactly <paramref name="messages"/>, in any order, within the remaining time or single-expect-default; returns them as received.</summary>
    public IReadOnlyList<T> ExpectMsgAllOf<T>(params T[] messages) => ExpectAllOf(RemainingOrDefault, messages);

    /// <summary>Expects exactly <paramref name="messages"/>, in any order, within <paramref name="max"/> (dilated); returns them as received.</summary>
    public IReadOnlyList<T> ExpectMsgAllOf<T>(TimeSpan max, params T[] messages) => ExpectAllOf(RemainingOrDilated(max), messages);

    /// <summary>Expects the next message to equal one of <paramref name="messages"/>; returns it.</summary>
    public T ExpectMsgAnyOf<T>(params T[] messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return ExpectNext<T>(null, $"one of {Format.Messages(messages)}", m => messages.Contains(m, EqualityComparer<T>.Default));
    }

    private static string OfType<T>() => $"a message of type {Format.TypeName(typeof(T))}";

    private static string Matching<T>(string? hint) => $"a {Format.TypeName(typeof(T))} matching the predicate{Format.Hint(hint)}";

    private T ExpectNext<T>(TimeSpan? timeout, string expectation, Func<T, bool>? check)
    {
        var deadline = Deadline.StartingNow(RemainingOrDilated(timeout));
        return CheckNext(Take(deadline.Limit), deadline, expectation, check);
    }

    private static T CheckNext<T>(MessageEnvelope? envelope, Deadline deadline, string expectation, Func<T, bool>? check)
    {
        if (envelope is null)
        {
            throw new TestKitAssertionException($"ExpectMsg: timeout ({Format.Duration(deadline.Limit)}) while waiting for {expectation}; no message arrived.");
        }

        if (envelope.Message is T typed && (check is null || check(typed)))
        {
            return typed;
        }

        throw new TestKitAssertionException(
            $"ExpectMsg: expected {expectation} but received {Format.Message(envelope.Message)} from {envelope.Sender} after {Format.Duration(deadline.Elapsed)}.");
    }

    private TimeSpan NoMessageWait(TimeSpan? duration) => duration is null
        ? Deadline.Shorter(Dilated(TestKitSettings.ExpectNoMessageDefault), RemainingOr(Timeout.InfiniteTimeSpan))
        : RemainingOrDilated(duration);

    private void CheckNoMessage(MessageEnvelope? envelope, Deadline deadline)
    {
        _lastWasNoMsg = true;
        if (envelope is not null)
        {
            throw new TestKitAssertionException(
                $"ExpectNoMsg: expected no message for {Format.Duration(deadline.Limit)} but received {Format.Message(envelope.Message)} from {envelope.Sender} after {Format.Duration(deadline.Elapsed)}.");
        }
    }

    private IReadOnlyList<T> ExpectAllOf<T>(TimeSpan max, T[] messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var deadline = Deadline.StartingNow(max);
        var missing = new List<T>(messages);
        var received = new List<T>(messages.Length);
        while (missing.Count > 0)
        {
            var envelope = Take(deadline.Left) ?? throw new TestKitAssertionException(
                $"ExpectMsgAllOf: timeout ({Format.Duration(max)}) with {missing.Count} of {messages.Length} messages missing: {Format.Messages(missing)}; received: {Format.Messages(received)}.");
            var index = envelope.Message is T typed ? missing.FindIndex(m => EqualityComparer<T>.Default.Equals(m, typed)) : -1;
            if (index < 0)
            {
                throw new TestKitAssertionException(
                    $"ExpectMsgAllOf: received unexpected {Format.Message(envelope.Message)} from {envelope.Sender} after {Format.Duration(deadline.Elapsed)}; still expecting {Format.Messages(missing)}.");
            }

            received.Add((T)envelope.Message);
            missing.RemoveAt(index);
        }

        return received;
    }
}

namespace Orchestrator.Actors.TestKit;

/// <summary>
/// Runs an action while counting the matching events published on the system's event stream, and
/// fails unless exactly the expected number arrives: too few within the wait after the action
/// (<c>orch.test.filter-leeway</c>, or the time left in an enclosing Within), or too many by the
/// time the expected number was reached. Expecting zero watches for <c>orch.test.expect-no-message-default</c>.
/// </summary>
public sealed class EventFilterApplier
{
    private readonly TestKitBase _kit;
    private readonly EventMatcher _matcher;

    internal EventFilterApplier(TestKitBase kit, EventMatcher matcher)
    {
        _kit = kit;
        _matcher = matcher;
    }

    /// <summary>Expects exactly one matching event from <paramref name="action"/>.</summary>
    public void ExpectOne(Action action) => Expect(1, action);

    /// <summary>Expects exactly one matching event from <paramref name="func"/>, and returns its result.</summary>
    public T ExpectOne<T>(Func<T> func)
    {
        ArgumentNullException.ThrowIfNull(func);
        var result = default(T)!;
        Expect(1, () => result = func());
        return result;
    }

    /// <summary>Expects exactly <paramref name="expectedCount"/> matching events from <paramref name="action"/>, waiting up to <paramref name="timeout"/> (dilated) after it.</summary>
    public void Expect(int expectedCount, Action action, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedCount);
        ArgumentNullException.ThrowIfNull(action);
        using var counter = EventCounter.Start(_kit.Sys, _matcher, Math.Max(expectedCount, 1));
        action();
        var wait = Wait(expectedCount, timeout);
        counter.Reached.Wait(wait);
        Verify(counter, expectedCount, wait);
    }

    /// <summary>Expects exactly one matching event from the awaited <paramref name="action"/>.</summary>
    public Task ExpectOneAsync(Func<Task> action) => ExpectAsync(1, action);

    /// <summary>Expects exactly <paramref name="expectedCount"/> matching events from the awaited <paramref name="action"/>.</summary>
    public async Task ExpectAsync(int expectedCount, Func<Task> action, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedCount);
        ArgumentNullException.ThrowIfNull(action);
        using var counter = EventCounter.Start(_kit.Sys, _matcher, Math.Max(expectedCount, 1));
        await action().ConfigureAwait(false);
        var wait = Wait(expectedCount, timeout);
        await Task.WhenAny(counter.Reached, Task.Delay(wait)).ConfigureAwait(false);
        Verify(counter, expectedCount, wait);
    }

    private TimeSpan Wait(int expectedCount, TimeSpan? timeout) =>
        timeout is { } value ? _kit.Dilated(value)
        : expectedCount == 0 ? _kit.Dilated(_kit.TestKitSettings.ExpectNoMessageDefault)
        : _kit.RemainingOrDilatedLeeway();

    private void Verify(EventCounter counter, int expectedCount, TimeSpan wait)
    {
        if (counter.PredicateFailure is { } failure)
        {
            throw new TestKitAssertionException($"EventFilter: the predicate of the filter for {_matcher.Description} threw: {failure.Message}", failure);
        }

        var count = counter.Count;
        if (count < expectedCount)
        {
            throw new TestKitAssertionException(
                $"EventFilter: timeout ({Format.Duration(wait)}) waiting for {expectedCount} {_matcher.Description}; got {count} ({counter.Report()}).");
        }

        if (count > expectedCount)
        {
            throw new TestKitAssertionException(
                $"EventFilter: expected {expectedCount} {_matcher.Description} but got {count}, {count - expectedCount} too many ({counter.Report()}).");
        }
    }
}

namespace Orchestrator.Actors.TestKit;

/// <summary>Within blocks: a time limit shared by every expectation inside them.</summary>
public abstract partial class TestKitBase
{
    private Deadline? _within;
    private bool _lastWasNoMsg;

    /// <summary>The time left in the innermost Within block; only defined inside one.</summary>
    public TimeSpan Remaining => _within is { } within
        ? within.Left
        : throw new InvalidOperationException("Remaining is only defined inside Within(...); use RemainingOrDefault outside it.");

    /// <summary>The time left in the innermost Within block, else <c>orch.test.single-expect-default</c> dilated.</summary>
    public TimeSpan RemainingOrDefault => RemainingOr(Dilated(TestKitSettings.SingleExpectDefault));

    /// <summary>Runs <paramref name="action"/> and fails if it takes longer than <paramref name="max"/> (dilated).</summary>
    public void Within(TimeSpan max, Action action) => Within(TimeSpan.Zero, max, action);

    /// <summary>Runs <paramref name="action"/>, fails if it takes longer than <paramref name="max"/> (dilated), and returns its result.</summary>
    public T Within<T>(TimeSpan max, Func<T> action) => Within(TimeSpan.Zero, max, action);

    /// <summary>Runs <paramref name="action"/> and fails if it finishes sooner than <paramref name="min"/> or later than <paramref name="max"/> (dilated).</summary>
    public void Within(TimeSpan min, TimeSpan max, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        Within(min, max, () =>
        {
            action();
            return true;
        });
    }

    /// <summary>Runs <paramref name="action"/>, fails if it finishes sooner than <paramref name="min"/> or later than <paramref name="max"/> (dilated), and returns its result.</summary>
    public T Within<T>(TimeSpan min, TimeSpan max, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var (block, outer) = EnterWithin(max);
        T result;
        try
        {
            result = action();
        }
        finally
        {
            _within = outer;
        }

        CheckWithin(block, min);
        return result;
    }

    /// <summary>Awaits <paramref name="action"/> and fails if it takes longer than <paramref name="max"/> (dilated).</summary>
    public Task WithinAsync(TimeSpan max, Func<Task> action) => WithinAsync(TimeSpan.Zero, max, action);

    /// <summary>Awaits <paramref name="action"/> and fails if it finishes sooner than <paramref name="min"/> or later than <paramref name="max"/> (dilated).</summary>
    public async Task WithinAsync(TimeSpan min, TimeSpan max, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var (block, outer) = EnterWithin(max);
        try
        {
            await action().ConfigureAwait(false);
        }
        finally
        {
            _within = outer;
        }

        CheckWithin(block, min);
    }

    /// <summary>The time left in the innermost Within block, else <paramref name="fallback"/>.</summary>
    private protected TimeSpan RemainingOr(TimeSpan fallback) => _within is { } within ? within.Left : fallback;

    /// <summary>The time left in the innermost Within block, else <c>orch.test.filter-leeway</c> dilated.</summary>
    internal TimeSpan RemainingOrDilatedLeeway() => RemainingOr(Dilated(TestKitSettings.FilterLeeway));

    /// <summary>An explicit timeout dilated, or with none, <see cref="RemainingOrDefault"/>.</summary>
    private protected TimeSpan RemainingOrDilated(TimeSpan? duration) => duration switch
    {
        null => RemainingOrDefault,
        { } value when value == Timeout.InfiniteTimeSpan => value,
        { } value when value < TimeSpan.Zero => throw new ArgumentOutOfRangeException(nameof(duration), value, "A timeout must not be negative."),
        { } value => Dilated(value),
    };

    private (Deadline Block, Deadline? Outer) EnterWithin(TimeSpan max)
    {
        var outer = _within;
        var limit = outer is { } enclosing ? Deadline.Shorter(Dilated(max), enclosing.Left) : Dilated(max);
        var block = Deadline.StartingNow(limit);
        _within = block;
        _lastWasNoMsg = false;
        return (block, outer);
    }

    private void CheckWithin(Deadline block, TimeSpan min)
    {
        var took = block.Elapsed;
        if (took < min)
        {
            throw new TestKitAssertionException($"Within: the block took {Format.Duration(took)}, less than the minimum of {Format.Duration(min)}.");
        }

        // ExpectNoMsg waits its whole duration by design, so a block ending with it may overrun a little.
        if (!_lastWasNoMsg && block.Limit != Timeout.InfiniteTimeSpan && took > block.Limit)
        {
            throw new TestKitAssertionException($"Within: the block took {Format.Duration(took)}, more than the maximum of {Format.Duration(block.Limit)}.");
        }
    }
}

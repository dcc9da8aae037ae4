using System.Runtime.ExceptionServices;

namespace Orchestrator.Actors.TestKit;

/// <summary>
/// Polling until something becomes true: the approved way to wait for state that no message
/// announces. The check runs at once, then every interval, and a last time at the deadline.
/// </summary>
public abstract partial class TestKitBase
{
    /// <summary>
    /// Runs <paramref name="assertion"/> until it stops throwing; after <paramref name="duration"/> (dilated; default:
    /// remaining or single-expect-default) rethrows its last failure. <paramref name="interval"/> defaults to 100 ms.
    /// </summary>
    public void AwaitAssert(Action assertion, TimeSpan? duration = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var deadline = Deadline.StartingNow(RemainingOrDilated(duration));
        while (true)
        {
            try
            {
                assertion();
                return;
            }
            catch (Exception) when (Eventually.NextPause(deadline, interval) is { } pause)
            {
                // Past the deadline the filter is false and the last failure propagates untouched.
                Thread.Sleep(pause);
            }
        }
    }

    /// <inheritdoc cref="AwaitAssert"/>
    public async Task AwaitAssertAsync(Func<Task> assertion, TimeSpan? duration = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var deadline = Deadline.StartingNow(RemainingOrDilated(duration));
        while (true)
        {
            ExceptionDispatchInfo failure;
            try
            {
                await assertion().ConfigureAwait(false);
                return;
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }

            if (Eventually.NextPause(deadline, interval) is not { } pause)
            {
                failure.Throw();
            }
            else
            {
                await Task.Delay(pause).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Waits until <paramref name="condition"/> is true; fails after <paramref name="max"/> (dilated; default: remaining or single-expect-default).</summary>
    public void AwaitCondition(Func<bool> condition, TimeSpan? max = null, string? message = null) =>
        AwaitCondition(condition, max, null, message);

    /// <summary>Waits until <paramref name="condition"/> is true, checking every <paramref name="interval"/> (default 100 ms); fails after <paramref name="max"/>.</summary>
    public void AwaitCondition(Func<bool> condition, TimeSpan? max, TimeSpan? interval, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = Deadline.StartingNow(RemainingOrDilated(max));
        while (!condition())
        {
            Thread.Sleep(Eventually.NextPause(deadline, interval) ?? throw Eventually.ConditionTimeout(deadline, message));
        }
    }

    /// <inheritdoc cref="AwaitCondition(Func{bool}, TimeSpan?, string?)"/>
    public Task AwaitConditionAsync(Func<bool> condition, TimeSpan? max = null, string? message = null) =>
        Eventually.ConditionAsync(condition, RemainingOrDilated(max), message);
}

namespace Orchestrator.Actors.TestKit;

/// <summary>
/// The TestKit's polling, for tests that have no actor system to ask (a container runtime, a file a child
/// process writes while nothing else runs): the condition is checked at once, then every interval, and a last
/// time at the deadline, after which the wait fails. <see cref="TestKitBase.AwaitCondition(Func{bool}, TimeSpan?, string?)"/>
/// and its siblings poll the same way, with the TestKit's dilated defaults.
/// </summary>
public static class Eventually
{
    /// <summary>The pause between checks when none is given.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Waits until <paramref name="condition"/> holds; fails after <paramref name="max"/>, naming <paramref name="message"/>.</summary>
    public static Task ConditionAsync(Func<bool> condition, TimeSpan max, string? message = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return ConditionAsync(() => Task.FromResult(condition()), max, message, interval);
    }

    /// <inheritdoc cref="ConditionAsync(Func{bool}, TimeSpan, string?, TimeSpan?)"/>
    public static async Task ConditionAsync(Func<Task<bool>> condition, TimeSpan max, string? message = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = Deadline.StartingNow(max);
        while (!await condition().ConfigureAwait(false))
        {
            await Task.Delay(NextPause(deadline, interval) ?? throw ConditionTimeout(deadline, message)).ConfigureAwait(false);
        }
    }

    /// <summary>The failure of a condition that never held.</summary>
    internal static TestKitAssertionException ConditionTimeout(Deadline deadline, string? message) =>
        new($"AwaitCondition: timeout ({Format.Duration(deadline.Limit)}) expired while waiting for the condition{Format.Hint(message)}.");

    /// <summary>How long to pause before the next check, or null when the deadline has passed.</summary>
    internal static TimeSpan? NextPause(Deadline deadline, TimeSpan? interval)
    {
        if (deadline.IsOverdue)
        {
            return null;
        }

        var pause = interval ?? DefaultInterval;
        return pause <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(1) : Deadline.Shorter(pause, deadline.Left);
    }
}

namespace Orchestrator.Actors.TestKit;

/// <summary>
/// A virtual clock: time stands still until <see cref="Advance"/> moves it, firing the timers that
/// fall due, so a test of a five-minute back-off takes no real time. Given to an actor system
/// (<c>useVirtualTime: true</c>), it drives the scheduler, actor timers, receive timeouts and ask
/// timeouts. A timer due at once (due time zero) fires when it is set, on the setting thread.
/// </summary>
public sealed partial class VirtualTimeProvider : TimeProvider
{
    private static readonly DateTimeOffset DefaultStart = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly object _gate = new();
    private readonly object _advanceGate = new();
    private readonly SortedSet<VirtualTimer> _scheduled = new(DueOrder.Instance);
    private readonly DateTimeOffset _start;
    private long _elapsedTicks;
    private long _timerCount;

    /// <summary>A clock that reads <paramref name="start"/> (default 2000-01-01 UTC) until advanced.</summary>
    public VirtualTimeProvider(DateTimeOffset? start = null) => _start = start ?? DefaultStart;

    /// <summary>Timers set to fire (one-shot timers that have not fired yet, and periodic ones).</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _scheduled.Count;
            }
        }
    }

    /// <summary>Virtual time since the clock was made.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => _start + Elapsed;

    public override long GetTimestamp() => Interlocked.Read(ref _elapsedTicks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(this, callback, state, Interlocked.Increment(ref _timerCount));
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// Moves the clock forward by <paramref name="by"/>, firing on this thread every timer that falls due on the way,
    /// in due-time order (ties in creation order), each at its own time: periodic timers as often as they fall due,
    /// and timers set by callbacks if they fall due before the end. A callback's exception propagates, with the clock
    /// at that callback's time.
    /// </summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_advanceGate)
        {
            var target = checked(Interlocked.Read(ref _elapsedTicks) + by.Ticks);
            FireDueUntil(target);
        }
    }

    private void FireDueUntil(long target)
    {
        while (true)
        {
            TimerCallback callback;
            object? state;
            lock (_gate)
            {
                if (_scheduled.Count == 0 || _scheduled.Min!.Due > target)
                {
                    Interlocked.Exchange(ref _elapsedTicks, Math.Max(_elapsedTicks, target));
                    return;
                }

                var timer = _scheduled.Min;
                _scheduled.Remove(timer);
                Interlocked.Exchange(ref _elapsedTicks, Math.Max(_elapsedTicks, timer.Due));
                if (timer.Period > 0)
                {
                    timer.Due += timer.Period;
                    _scheduled.Add(timer);
                }
                else
                {
                    timer.IsScheduled = false;
                }

                callback = timer.Callback;
                state = timer.State;
            }

            callback(state);
        }
    }

    private bool Change(VirtualTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        CheckTime(dueTime, nameof(dueTime));
        CheckTime(period, nameof(period));
        lock (_gate)
        {
            if (timer.IsDisposed)
            {
                return false;
            }

            if (timer.IsScheduled)
            {
                _scheduled.Remove(timer);
                timer.IsScheduled = false;
            }

            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return true;
            }

            timer.Period = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
            timer.Due = _elapsedTicks + dueTime.Ticks;
            timer.IsScheduled = true;
            _scheduled.Add(timer);
        }

        // Due now: fire as a real timer would, unless an Advance on this thread will reach it in order anyway.
        if (dueTime == TimeSpan.Zero && !Monitor.IsEntered(_advanceGate))
        {
            Advance(TimeSpan.Zero);
        }

        return true;
    }

    private void Remove(VirtualTimer timer)
    {
        lock (_gate)
        {
            timer.IsDisposed = true;
            if (timer.IsScheduled)
            {
                _scheduled.Remove(timer);
                timer.IsScheduled = false;
            }
        }
    }

    private static void CheckTime(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero && value != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(name, value, "A timer's due time and period must be positive, zero or infinite.");
        }
    }
}

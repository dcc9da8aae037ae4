namespace Orchestrator.Actors.Scheduling;

/// <summary>
/// The scheduler on top of a <see cref="TimeProvider"/>: real timers in production,
/// a virtual clock in tests. Each scheduled item owns one timer; items are disposed as
/// they fire (once) or are cancelled, and all of them when the system shuts down.
/// </summary>
internal sealed class TimeProviderScheduler : IScheduler, IActionScheduler, IDisposable
{
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly Action<Exception> _onActionFailure;
    private readonly HashSet<ScheduledItem> _pending = [];
    private bool _disposed;

    public TimeProviderScheduler(TimeProvider time, Action<Exception> onActionFailure)
    {
        _time = time;
        _onActionFailure = onActionFailure;
        _started = time.GetTimestamp();
    }

    public DateTimeOffset Now => _time.GetUtcNow();

    public TimeSpan MonotonicClock => _time.GetElapsedTime(_started);

    public IActionScheduler Advanced => this;

    public TimeProvider TimeProvider => _time;

    public ICancelable ScheduleTellOnceCancelable(TimeSpan delay, ICanTell receiver, object message, IActorRef? sender) =>
        Schedule(delay, Timeout.InfiniteTimeSpan, () => receiver.Tell(message, sender));

    public ICancelable ScheduleTellRepeatedlyCancelable(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender) =>
        Schedule(initialDelay, CheckInterval(interval), () => receiver.Tell(message, sender));

    public ICancelable ScheduleOnce(TimeSpan delay, Action action) => Schedule(delay, Timeout.InfiniteTimeSpan, action);

    public ICancelable ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action) =>
        Schedule(initialDelay, CheckInterval(interval), action);

    public void Dispose()
    {
        ScheduledItem[] items;
        lock (_pending)
        {
            _disposed = true;
            items = [.. _pending];
            _pending.Clear();
        }

        foreach (var item in items)
        {
            item.Cancel();
        }
    }

    private static TimeSpan CheckInterval(TimeSpan interval) =>
        interval > TimeSpan.Zero ? interval : throw new ArgumentOutOfRangeException(nameof(interval), interval, "A repeat interval must be positive.");

    private ScheduledItem Schedule(TimeSpan delay, TimeSpan period, Action action)
    {
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        var item = new ScheduledItem(this, action, repeating: period != Timeout.InfiniteTimeSpan);
        lock (_pending)
        {
            if (_disposed)
            {
                item.MarkCancelled();
                return item;
            }

            _pending.Add(item);
        }

        item.Start(_time, delay, period);
        return item;
    }

    private void Fire(ScheduledItem item, Action action)
    {
        if (!item.Repeating)
        {
            Forget(item);
        }

        try
        {
            action();
        }
        catch (Exception e)
        {
            _onActionFailure(e);
        }
    }

    private void Forget(ScheduledItem item)
    {
        lock (_pending)
        {
            _pending.Remove(item);
        }
    }

    /// <summary>One scheduled send or action and its timer.</summary>
    private sealed class ScheduledItem(TimeProviderScheduler owner, Action action, bool repeating) : ICancelable
    {
        private ITimer? _timer;
        private int _cancelled;

        public bool Repeating { get; } = repeating;

        public bool IsCancellationRequested => Volatile.Read(ref _cancelled) == 1;

        public void Start(TimeProvider time, TimeSpan delay, TimeSpan period)
        {
            var timer = time.CreateTimer(static state => ((ScheduledItem)state!).OnTick(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            Volatile.Write(ref _timer, timer);
            if (IsCancellationRequested)
            {
                timer.Dispose();
                return;
            }

            timer.Change(delay, period);
        }

        public void MarkCancelled() => Volatile.Write(ref _cancelled, 1);

        public void Cancel()
        {
            if (Interlocked.Exchange(ref _cancelled, 1) == 1)
            {
                return;
            }

            Volatile.Read(ref _timer)?.Dispose();
            owner.Forget(this);
        }

        private void OnTick()
        {
            if (IsCancellationRequested)
            {
                return;
            }

            if (!Repeating)
            {
                MarkCancelled();
                Volatile.Read(ref _timer)?.Dispose();
            }

            owner.Fire(this, action);
        }
    }
}

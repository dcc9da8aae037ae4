using Orchestrator.Actors.Scheduling;

namespace Orchestrator.Actors;

/// <summary>The timers of one actor. Used only from that actor's thread.</summary>
internal sealed class TimerScheduler(ActorCell cell) : ITimerScheduler
{
    private readonly Dictionary<object, ActiveTimer> _timers = [];
    private int _generation;

    public void StartSingleTimer(object key, object message, TimeSpan timeout) => Start(key, message, timeout, null);

    public void StartPeriodicTimer(object key, object message, TimeSpan interval) => Start(key, message, interval, interval);

    public void StartPeriodicTimer(object key, object message, TimeSpan initialDelay, TimeSpan interval) => Start(key, message, initialDelay, interval);

    public bool IsTimerActive(object key) => _timers.ContainsKey(key);

    public void Cancel(object key)
    {
        if (_timers.Remove(key, out var timer))
        {
            timer.Task.Cancel();
        }
    }

    public void CancelAll()
    {
        foreach (var timer in _timers.Values)
        {
            timer.Task.Cancel();
        }

        _timers.Clear();
    }

    /// <summary>Unwraps a timer's message, or returns null when the timer was cancelled or replaced.</summary>
    public object? Intercept(TimerMessage message)
    {
        if (!ReferenceEquals(message.Owner, this) || !_timers.TryGetValue(message.Key, out var timer) || timer.Generation != message.Generation)
        {
            return null;
        }

        if (!timer.Repeating)
        {
            _timers.Remove(message.Key);
        }

        return timer.Message;
    }

    private void Start(object key, object message, TimeSpan delay, TimeSpan? interval)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(message);
        Cancel(key);
        var generation = ++_generation;
        var wrapped = new TimerMessage(key, generation, this);
        var scheduler = cell.SystemImpl.Scheduler;
        var task = interval is { } every
            ? scheduler.ScheduleTellRepeatedlyCancelable(delay, every, cell.Self, wrapped, null)
            : scheduler.ScheduleTellOnceCancelable(delay, cell.Self, wrapped, null);
        _timers[key] = new ActiveTimer(message, generation, interval is not null, task);
    }

    private sealed record ActiveTimer(object Message, int Generation, bool Repeating, ICancelable Task);

    /// <summary>What the scheduler actually sends; the cell unwraps it through <see cref="Intercept"/>.</summary>
    internal sealed record TimerMessage(object Key, int Generation, TimerScheduler Owner) : IAutoReceivedMessage, INotInfluenceReceiveTimeout;
}

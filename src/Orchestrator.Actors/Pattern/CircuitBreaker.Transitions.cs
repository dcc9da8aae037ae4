namespace Orchestrator.Actors.Pattern;

/// <summary>Counting outcomes and moving between closed, open and half-open.</summary>
public sealed partial class CircuitBreaker
{
    private void CallSucceeded(int stateAtCall)
    {
        if (stateAtCall == HalfOpen)
        {
            Transition(HalfOpen, Closed);
        }
        else if (stateAtCall == Closed)
        {
            Interlocked.Exchange(ref _failureCount, 0);
        }
    }

    private void CallFailed(int stateAtCall)
    {
        if (stateAtCall == HalfOpen)
        {
            Transition(HalfOpen, Open);
        }
        else if (stateAtCall == Closed && Interlocked.Increment(ref _failureCount) >= MaxFailures)
        {
            Transition(Closed, Open);
        }
    }

    private void Transition(int from, int to)
    {
        if (Interlocked.CompareExchange(ref _state, to, from) != from)
        {
            return;
        }

        switch (to)
        {
            case Open:
                Volatile.Write(ref _openedAtTicks, _scheduler.MonotonicClock.Ticks);
                _scheduler.Advanced.ScheduleOnce(ResetTimeout, () => Transition(Open, HalfOpen));
                Volatile.Read(ref _onOpen)?.Invoke();
                break;
            case HalfOpen:
                Volatile.Write(ref _trialCallStarted, 0);
                Volatile.Read(ref _onHalfOpen)?.Invoke();
                break;
            default:
                Interlocked.Exchange(ref _failureCount, 0);
                Volatile.Read(ref _onClose)?.Invoke();
                break;
        }
    }

    private TimeSpan RemainingOpenDuration()
    {
        if (!IsOpen)
        {
            return TimeSpan.Zero;
        }

        var elapsed = _scheduler.MonotonicClock - TimeSpan.FromTicks(Volatile.Read(ref _openedAtTicks));
        var remaining = ResetTimeout - elapsed;
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    private CircuitBreaker AddCallback(ref Action? target, Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        Action? current;
        do
        {
            current = Volatile.Read(ref target);
        }
        while (Interlocked.CompareExchange(ref target, current + callback, current) != current);

        return this;
    }
}

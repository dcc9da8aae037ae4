using Orchestrator.Actors.Scheduling;

namespace Orchestrator.Actors;

/// <summary>
/// The receive timeout. Activity only moves a deadline (a clock read, no timer churn);
/// one timer at a time wakes the actor, which then either re-arms for the time left or
/// delivers <see cref="ReceiveTimeout"/> and arms for another full period.
/// </summary>
internal sealed partial class ActorCell
{
    private ReceiveTimeoutState? _receiveTimeout;

    public TimeSpan? ReceiveTimeout => _receiveTimeout?.Timeout;

    public void SetReceiveTimeout(TimeSpan? timeout)
    {
        if (timeout is not { } value || value <= TimeSpan.Zero || value == Timeout.InfiniteTimeSpan)
        {
            CancelReceiveTimeout();
            return;
        }

        var state = _receiveTimeout ??= new ReceiveTimeoutState();
        state.Timeout = value;
        state.Deadline = _system.Scheduler.MonotonicClock + value;
        Arm(state, value);
    }

    private void CancelReceiveTimeout()
    {
        if (_receiveTimeout is { } state)
        {
            state.Timer?.Cancel();
            _receiveTimeout = null;
        }
    }

    private void TouchReceiveTimeout()
    {
        if (_receiveTimeout is { } state)
        {
            state.Deadline = _system.Scheduler.MonotonicClock + state.Timeout;
        }
    }

    private void OnReceiveTimeoutTick(ReceiveTimeoutTick tick)
    {
        if (_receiveTimeout is not { } state || tick.Generation != state.Generation)
        {
            return;
        }

        var left = state.Deadline - _system.Scheduler.MonotonicClock;
        if (left > TimeSpan.Zero)
        {
            Arm(state, left);
            return;
        }

        state.Deadline = _system.Scheduler.MonotonicClock + state.Timeout;
        Arm(state, state.Timeout);
        ReceiveMessage(Orchestrator.Actors.ReceiveTimeout.Instance);
    }

    private void Arm(ReceiveTimeoutState state, TimeSpan delay)
    {
        state.Timer?.Cancel();
        state.Generation++;
        state.Timer = _system.Scheduler.ScheduleTellOnceCancelable(delay, Self, new ReceiveTimeoutTick(state.Generation), null);
    }

    private sealed class ReceiveTimeoutState
    {
        public TimeSpan Timeout { get; set; }

        public TimeSpan Deadline { get; set; }

        public int Generation { get; set; }

        public ICancelable? Timer { get; set; }
    }
}

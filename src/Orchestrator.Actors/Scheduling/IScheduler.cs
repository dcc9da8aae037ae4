namespace Orchestrator.Actors.Scheduling;

/// <summary>
/// The system scheduler: sends messages later, once or repeatedly. It reads time from
/// the system's <see cref="TimeProvider"/>, so tests can drive it with virtual time.
/// </summary>
public interface IScheduler
{
    /// <summary>The current time of the scheduler's clock.</summary>
    DateTimeOffset Now { get; }

    /// <summary>The clock the scheduler reads: the system's, or a virtual one in tests.</summary>
    TimeProvider TimeProvider { get; }

    /// <summary>Monotonic time since the scheduler started.</summary>
    TimeSpan MonotonicClock { get; }

    /// <summary>Runs actions rather than sending messages.</summary>
    IActionScheduler Advanced { get; }

    /// <summary>Sends <paramref name="message"/> once after <paramref name="delay"/>.</summary>
    ICancelable ScheduleTellOnceCancelable(TimeSpan delay, ICanTell receiver, object message, IActorRef? sender);

    /// <summary>Sends <paramref name="message"/> after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    ICancelable ScheduleTellRepeatedlyCancelable(TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender);
}

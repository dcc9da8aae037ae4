namespace Orchestrator.Actors.Scheduling;

/// <summary>Schedules delegates. Prefer messages: an action runs outside any actor.</summary>
public interface IActionScheduler
{
    /// <summary>Runs <paramref name="action"/> once after <paramref name="delay"/>.</summary>
    ICancelable ScheduleOnce(TimeSpan delay, Action action);

    /// <summary>Runs <paramref name="action"/> after <paramref name="initialDelay"/>, then every <paramref name="interval"/>.</summary>
    ICancelable ScheduleRepeatedly(TimeSpan initialDelay, TimeSpan interval, Action action);
}

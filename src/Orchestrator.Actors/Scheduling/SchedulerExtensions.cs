namespace Orchestrator.Actors.Scheduling;

/// <summary>The fire-and-forget forms of the scheduler's calls, as in Akka.NET.</summary>
public static class SchedulerExtensions
{
    /// <summary>Sends a message once after a delay.</summary>
    public static void ScheduleTellOnce(this IScheduler scheduler, TimeSpan delay, ICanTell receiver, object message, IActorRef? sender) =>
        scheduler.ScheduleTellOnceCancelable(delay, receiver, message, sender);

    /// <summary>Sends a message repeatedly until the system terminates.</summary>
    public static void ScheduleTellRepeatedly(this IScheduler scheduler, TimeSpan initialDelay, TimeSpan interval, ICanTell receiver, object message, IActorRef? sender) =>
        scheduler.ScheduleTellRepeatedlyCancelable(initialDelay, interval, receiver, message, sender);
}

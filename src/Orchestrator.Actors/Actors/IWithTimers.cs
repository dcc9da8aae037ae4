namespace Orchestrator.Actors;

/// <summary>An actor with keyed timers. The runtime sets <see cref="Timers"/> after construction; start timers in PreStart or later.</summary>
public interface IWithTimers
{
    /// <summary>The actor's timers; cancelled when it restarts or stops.</summary>
    ITimerScheduler Timers { get; set; }
}

namespace Orchestrator.Actors;

/// <summary>Applies the directive to the failed child only.</summary>
public sealed class OneForOneStrategy : SupervisorStrategy
{
    /// <summary>Unlimited restarts, decided by <paramref name="decider"/>.</summary>
    public OneForOneStrategy(Func<Exception, Directive> decider)
        : this(-1, null, decider)
    {
    }

    /// <summary>
    /// At most <paramref name="maxNrOfRetries"/> restarts (negative: unlimited) within
    /// <paramref name="withinTimeRange"/> (null: ever); past that, the child is stopped.
    /// </summary>
    public OneForOneStrategy(int maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> decider, bool loggingEnabled = true)
        : base(maxNrOfRetries, withinTimeRange, decider, loggingEnabled)
    {
    }

    private protected override void ProcessFailure(ActorCell cell, bool restart, IActorRef child, Exception cause, ChildRestartStats stats)
    {
        if (restart && stats.RequestRestartPermission(MaxNumberOfRetries, WithinTimeRange, cell.SystemImpl.Scheduler.MonotonicClock))
        {
            RestartChild(child, cause, suspendFirst: false);
        }
        else
        {
            cell.Stop(child);
        }
    }
}

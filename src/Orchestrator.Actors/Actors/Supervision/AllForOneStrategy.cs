namespace Orchestrator.Actors;

/// <summary>Applies the directive to every child when one fails: for children that only work together.</summary>
public sealed class AllForOneStrategy : SupervisorStrategy
{
    /// <summary>Unlimited restarts, decided by <paramref name="decider"/>.</summary>
    public AllForOneStrategy(Func<Exception, Directive> decider)
        : this(-1, null, decider)
    {
    }

    /// <summary>
    /// At most <paramref name="maxNrOfRetries"/> restarts of any child (negative: unlimited)
    /// within <paramref name="withinTimeRange"/> (null: ever); past that, all are stopped.
    /// </summary>
    public AllForOneStrategy(int maxNrOfRetries, TimeSpan? withinTimeRange, Func<Exception, Directive> decider, bool loggingEnabled = true)
        : base(maxNrOfRetries, withinTimeRange, decider, loggingEnabled)
    {
    }

    private protected override void ProcessFailure(ActorCell cell, bool restart, IActorRef child, Exception cause, ChildRestartStats stats)
    {
        var all = cell.AllChildStats();
        var now = cell.SystemImpl.Scheduler.MonotonicClock;
        if (restart && all.All(s => s.RequestRestartPermission(MaxNumberOfRetries, WithinTimeRange, now)))
        {
            foreach (var sibling in all)
            {
                RestartChild(sibling.Child, cause, suspendFirst: !sibling.Child.Equals(child));
            }
        }
        else
        {
            foreach (var sibling in all)
            {
                cell.Stop(sibling.Child);
            }
        }
    }
}

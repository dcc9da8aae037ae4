namespace Orchestrator.Actors;

/// <summary>How often a child was restarted within the current time window.</summary>
public sealed class ChildRestartStats
{
    private TimeSpan? _windowStart;

    internal ChildRestartStats(IActorRef child) => Child = child;

    /// <summary>The child these statistics are about.</summary>
    public IActorRef Child { get; }

    /// <summary>Restarts counted in the current window.</summary>
    public int RetriesCount { get; private set; }

    /// <summary>
    /// Counts one more restart and says whether it is allowed, with Akka's rules: a
    /// negative <paramref name="maxNrOfRetries"/> is unlimited, a null window counts for
    /// ever, and a window that has passed starts counting again from one.
    /// </summary>
    public bool RequestRestartPermission(int maxNrOfRetries, TimeSpan? withinTimeRange, TimeSpan now)
    {
        if (maxNrOfRetries == 0)
        {
            return false;
        }

        if (withinTimeRange is not { } window || window <= TimeSpan.Zero || window == Timeout.InfiniteTimeSpan)
        {
            if (maxNrOfRetries < 0)
            {
                return true;
            }

            RetriesCount++;
            return RetriesCount <= maxNrOfRetries;
        }

        var retries = maxNrOfRetries < 0 ? 1 : maxNrOfRetries;
        var start = _windowStart ??= now;
        if (now - start <= window)
        {
            RetriesCount++;
            return RetriesCount <= retries;
        }

        RetriesCount = 1;
        _windowStart = now;
        return true;
    }
}

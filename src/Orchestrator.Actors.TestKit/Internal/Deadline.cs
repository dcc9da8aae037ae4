namespace Orchestrator.Actors.TestKit;

/// <summary>A real-time limit that started now: expectations wait in real time even when the system runs on virtual time.</summary>
internal readonly struct Deadline
{
    private readonly long _start;

    private Deadline(TimeSpan limit)
    {
        _start = TimeProvider.System.GetTimestamp();
        Limit = limit;
    }

    /// <summary>The whole limit; may be infinite.</summary>
    public TimeSpan Limit { get; }

    /// <summary>Real time since the start.</summary>
    public TimeSpan Elapsed => TimeProvider.System.GetElapsedTime(_start);

    /// <summary>Time left, never negative; infinite when the limit is.</summary>
    public TimeSpan Left
    {
        get
        {
            if (Limit == Timeout.InfiniteTimeSpan)
            {
                return Limit;
            }

            var left = Limit - Elapsed;
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>True once the limit has passed.</summary>
    public bool IsOverdue => Limit != Timeout.InfiniteTimeSpan && Elapsed >= Limit;

    public static Deadline StartingNow(TimeSpan limit) => new(limit);

    /// <summary>The shorter of two waits, where infinite is the longest.</summary>
    public static TimeSpan Shorter(TimeSpan a, TimeSpan b) =>
        a == Timeout.InfiniteTimeSpan ? b
        : b == Timeout.InfiniteTimeSpan ? a
        : a < b ? a : b;
}

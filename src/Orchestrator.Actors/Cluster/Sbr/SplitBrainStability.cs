namespace Orchestrator.Actors.Cluster.Sbr;

/// <summary>
/// The timing of the split-brain resolver, as Akka.NET's SBR: a decision is taken only once membership and
/// reachability have not changed for <see cref="StableAfter"/> (every change restarts the wait). When
/// <see cref="DownAllWhenUnstable"/> is set, reachability that keeps changing for stable-after plus that long
/// downs the whole cluster; when it is off, a burst of changes is forgotten after twice stable-after of calm.
/// The resolver actor feeds it observations and ticks; time comes from the injected <see cref="TimeProvider"/>.
/// Not thread-safe: one actor owns it.
/// </summary>
public sealed class SplitBrainStability
{
    private readonly TimeProvider _clock;
    private long _stableDeadline;
    private long? _firstChange;
    private long _latestChange;

    /// <summary>A timer that waits <paramref name="stableAfter"/>; <paramref name="downAllWhenUnstable"/> zero is off.</summary>
    public SplitBrainStability(TimeProvider clock, TimeSpan stableAfter, TimeSpan downAllWhenUnstable)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(stableAfter, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(downAllWhenUnstable, TimeSpan.Zero);
        _clock = clock;
        StableAfter = stableAfter;
        DownAllWhenUnstable = downAllWhenUnstable;
        ResetStableDeadline();
    }

    /// <summary>How long membership and reachability must stay unchanged before a decision.</summary>
    public TimeSpan StableAfter { get; }

    /// <summary>Extra time of continuous instability after which everything is downed; zero when off.</summary>
    public TimeSpan DownAllWhenUnstable { get; }

    /// <summary>True when stable-after has passed since the last change.</summary>
    public bool IsStable => Now >= _stableDeadline;

    /// <summary>How many reachability changes the current burst holds (0 when calm).</summary>
    public int ReachabilityChangeCount { get; private set; }

    private long Now => (long)_clock.GetElapsedTime(0).TotalMilliseconds;

    /// <summary>A member joined, came up or was removed: the wait starts over.</summary>
    public void MembershipChanged() => ResetStableDeadline();

    /// <summary>A member became unreachable or reachable: the wait starts over and the change is counted.</summary>
    public void ReachabilityChanged()
    {
        var now = Now;
        _firstChange ??= now;
        _latestChange = now;
        ReachabilityChangeCount++;
        ResetStableDeadline();
    }

    /// <summary>Every unreachable member healed, was downed or was removed: the burst of changes is over.</summary>
    public void AllUnreachableResolved() => ResetChanges();

    /// <summary>
    /// One tick: <see cref="StabilityVerdict.DownAllWhenUnstable"/> when the instability has lasted too long (on
    /// every node, responsible or not, as Akka does); <see cref="StabilityVerdict.Decide"/> when this node is
    /// responsible (the leader), some member is unreachable and things are stable; otherwise
    /// <see cref="StabilityVerdict.Wait"/>.
    /// </summary>
    public StabilityVerdict Tick(bool isResponsible, bool hasUnreachable)
    {
        var now = Now;
        if (_firstChange is { } first)
        {
            var unstableLimit = (long)(StableAfter + DownAllWhenUnstable).TotalMilliseconds;
            if (DownAllWhenUnstable > TimeSpan.Zero && now - first > unstableLimit)
            {
                ResetChanges();
                return StabilityVerdict.DownAllWhenUnstable;
            }

            if (DownAllWhenUnstable == TimeSpan.Zero && now - _latestChange > 2 * (long)StableAfter.TotalMilliseconds)
            {
                ResetChanges();
            }
        }

        return isResponsible && hasUnreachable && now >= _stableDeadline ? StabilityVerdict.Decide : StabilityVerdict.Wait;
    }

    private void ResetStableDeadline() => _stableDeadline = Now + (long)StableAfter.TotalMilliseconds;

    private void ResetChanges()
    {
        _firstChange = null;
        ReachabilityChangeCount = 0;
    }
}

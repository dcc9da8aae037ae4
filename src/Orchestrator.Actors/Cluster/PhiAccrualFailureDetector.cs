namespace Orchestrator.Actors.Cluster;

/// <summary>
/// The phi accrual failure detector (Hayashibara et al.), as Akka's: from the history of intervals between
/// heartbeats it computes phi = -log10(P(a heartbeat arrives later than now)), using the logistic approximation
/// of the normal distribution's CDF. The resource is available while phi is below <see cref="Threshold"/>. An
/// <see cref="AcceptableHeartbeatPause"/> is added to the mean, so pauses of that length (GC, load) are tolerated;
/// the standard deviation is at least <see cref="MinStdDeviation"/>. The first heartbeat seeds the history with
/// <see cref="FirstHeartbeatEstimate"/> ± a quarter. Time comes from the injected <see cref="TimeProvider"/>.
/// Thread-safe: the state is immutable and swapped atomically.
/// </summary>
public sealed class PhiAccrualFailureDetector : IFailureDetector
{
    private readonly TimeProvider _clock;
    private State _state;

    /// <summary>A detector with Akka's defaults unless given: threshold 8, 1000 samples, 100 ms, 3 s, 1 s.</summary>
    public PhiAccrualFailureDetector(
        TimeProvider clock,
        double threshold = 8.0,
        int maxSampleSize = 1000,
        TimeSpan? minStdDeviation = null,
        TimeSpan? acceptableHeartbeatPause = null,
        TimeSpan? firstHeartbeatEstimate = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        _clock = clock;
        Threshold = threshold;
        MinStdDeviation = minStdDeviation ?? TimeSpan.FromMilliseconds(100);
        AcceptableHeartbeatPause = acceptableHeartbeatPause ?? TimeSpan.FromSeconds(3);
        FirstHeartbeatEstimate = firstHeartbeatEstimate ?? TimeSpan.FromSeconds(1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MinStdDeviation, TimeSpan.Zero, nameof(minStdDeviation));
        ArgumentOutOfRangeException.ThrowIfLessThan(AcceptableHeartbeatPause, TimeSpan.Zero, nameof(acceptableHeartbeatPause));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(FirstHeartbeatEstimate, TimeSpan.Zero, nameof(firstHeartbeatEstimate));
        _state = new State(HeartbeatHistory.Create(maxSampleSize), null);
    }

    /// <summary>Phi at or above this means unavailable.</summary>
    public double Threshold { get; }

    /// <summary>The floor of the standard deviation, so a very regular history does not make phi jump.</summary>
    public TimeSpan MinStdDeviation { get; }

    /// <summary>A pause in heartbeats that is tolerated on top of the mean interval.</summary>
    public TimeSpan AcceptableHeartbeatPause { get; }

    /// <summary>The interval assumed before there is any history.</summary>
    public TimeSpan FirstHeartbeatEstimate { get; }

    /// <inheritdoc/>
    public bool IsAvailable => Phi() < Threshold;

    /// <inheritdoc/>
    public bool IsMonitoring => Volatile.Read(ref _state).LastHeartbeat is not null;

    /// <summary>The intervals seen so far.</summary>
    public HeartbeatHistory History => Volatile.Read(ref _state).History;

    /// <inheritdoc/>
    public void Heartbeat()
    {
        var now = NowMillis();
        State current, next;
        do
        {
            current = Volatile.Read(ref _state);
            var history = current.LastHeartbeat switch
            {
                null => FirstHistory(current.History.MaxSampleSize),
                // The first heartbeat after a failure is not a sample: the long pause would skew the statistics.
                { } last when Phi(current, now) < Threshold => current.History.Add(now - last),
                _ => current.History,
            };
            next = new State(history, now);
        }
        while (!ReferenceEquals(Interlocked.CompareExchange(ref _state, next, current), current));
    }

    /// <summary>The suspicion level now; 0 before the first heartbeat.</summary>
    public double Phi() => Phi(Volatile.Read(ref _state), NowMillis());

    /// <summary>
    /// Phi of a heartbeat <paramref name="timeDiffMillis"/> after the last, for intervals of the given mean and
    /// standard deviation: Akka's logistic approximation of the normal CDF.
    /// </summary>
    public static double Phi(double timeDiffMillis, double mean, double stdDeviation)
    {
        var y = (timeDiffMillis - mean) / stdDeviation;
        var e = Math.Exp(-y * (1.5976 + (0.070566 * y * y)));
        return timeDiffMillis > mean
            ? -Math.Log10(e / (1.0 + e))
            : -Math.Log10(1.0 - (1.0 / (1.0 + e)));
    }

    private double Phi(State state, long now)
    {
        if (state.LastHeartbeat is not { } last)
        {
            return 0.0;
        }

        var stdDeviation = Math.Max(state.History.StdDeviation, MinStdDeviation.TotalMilliseconds);
        return Phi(now - last, state.History.Mean + AcceptableHeartbeatPause.TotalMilliseconds, stdDeviation);
    }

    private HeartbeatHistory FirstHistory(int maxSampleSize)
    {
        var mean = (long)FirstHeartbeatEstimate.TotalMilliseconds;
        var stdDeviation = mean / 4;
        return HeartbeatHistory.Create(maxSampleSize).Add(mean - stdDeviation).Add(mean + stdDeviation);
    }

    private long NowMillis() => (long)_clock.GetElapsedTime(0).TotalMilliseconds;

    private sealed record State(HeartbeatHistory History, long? LastHeartbeat);
}

using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// The last <see cref="MaxSampleSize"/> intervals between heartbeats, in milliseconds, with their running sum and
/// sum of squares, so mean and variance cost nothing to read. Immutable.
/// </summary>
public sealed class HeartbeatHistory
{
    private readonly ImmutableQueue<long> _intervals;

    private HeartbeatHistory(int maxSampleSize, ImmutableQueue<long> intervals, int count, long sum, double squaredSum)
    {
        MaxSampleSize = maxSampleSize;
        _intervals = intervals;
        Count = count;
        Sum = sum;
        SquaredSum = squaredSum;
    }

    /// <summary>The most intervals kept; the oldest go first.</summary>
    public int MaxSampleSize { get; }

    /// <summary>How many intervals are kept.</summary>
    public int Count { get; }

    /// <summary>The sum of the intervals (ms).</summary>
    public long Sum { get; }

    /// <summary>The sum of the intervals' squares.</summary>
    public double SquaredSum { get; }

    /// <summary>The mean interval (ms); 0 for an empty history.</summary>
    public double Mean => Count == 0 ? 0 : (double)Sum / Count;

    /// <summary>The variance of the intervals.</summary>
    public double Variance => Count == 0 ? 0 : (SquaredSum / Count) - (Mean * Mean);

    /// <summary>The standard deviation of the intervals (ms).</summary>
    public double StdDeviation => Math.Sqrt(Math.Max(0, Variance));

    /// <summary>The intervals, oldest first.</summary>
    public IEnumerable<long> Intervals => _intervals;

    /// <summary>An empty history that keeps up to <paramref name="maxSampleSize"/> intervals.</summary>
    public static HeartbeatHistory Create(int maxSampleSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSampleSize);
        return new HeartbeatHistory(maxSampleSize, [], 0, 0, 0);
    }

    /// <summary>This history with <paramref name="interval"/> added (and the oldest dropped when full).</summary>
    public HeartbeatHistory Add(long interval)
    {
        var history = this;
        if (Count >= MaxSampleSize)
        {
            var queue = _intervals.Dequeue(out var oldest);
            history = new HeartbeatHistory(MaxSampleSize, queue, Count - 1, Sum - oldest, SquaredSum - ((double)oldest * oldest));
        }

        return new HeartbeatHistory(MaxSampleSize, history._intervals.Enqueue(interval), history.Count + 1,
            history.Sum + interval, history.SquaredSum + ((double)interval * interval));
    }
}

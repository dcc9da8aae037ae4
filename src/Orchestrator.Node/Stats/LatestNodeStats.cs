namespace Orchestrator.Node.Stats;

/// <summary>
/// The latest <see cref="NodeStatsSummary"/>, swapped atomically by the <see cref="StatsCollector"/>
/// and read lock-free by anyone (the metrics endpoint, the agent).
/// </summary>
public sealed class LatestNodeStats
{
    private NodeStatsSummary _current;

    /// <summary>Starts with <paramref name="initial"/>.</summary>
    public LatestNodeStats(NodeStatsSummary initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        _current = initial;
    }

    /// <summary>The latest snapshot.</summary>
    public NodeStatsSummary Current => Volatile.Read(ref _current);

    /// <summary>Replaces the snapshot, unless it is older than the current one.</summary>
    internal void Publish(NodeStatsSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var current = Volatile.Read(ref _current);
        while (summary.Version > current.Version)
        {
            var seen = Interlocked.CompareExchange(ref _current, summary, current);
            if (ReferenceEquals(seen, current))
            {
                return;
            }

            current = seen;
        }
    }
}

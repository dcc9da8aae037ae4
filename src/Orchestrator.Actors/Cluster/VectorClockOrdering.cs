namespace Orchestrator.Actors.Cluster;

/// <summary>How two <see cref="VectorClock"/>s relate (Akka's <c>VectorClock.Ordering</c>).</summary>
public enum VectorClockOrdering
{
    /// <summary>Every entry of this clock is at most the other's, and the clocks differ: this happened before.</summary>
    Before,

    /// <summary>Every entry of this clock is at least the other's, and the clocks differ: this happened after.</summary>
    After,

    /// <summary>The clocks are equal.</summary>
    Same,

    /// <summary>Each clock has an entry ahead of the other's: neither happened before the other.</summary>
    Concurrent,
}

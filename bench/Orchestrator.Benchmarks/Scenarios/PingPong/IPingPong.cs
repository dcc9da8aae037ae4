namespace Orchestrator.Benchmarks.Scenarios.PingPong;

/// <summary>
/// A set of pairs that bounce balls, over one transport (actors, or the channel baseline).
/// Both transports play exactly the same game, so their rates compare the hand-off alone.
/// </summary>
internal interface IPingPong : IAsyncDisposable
{
    /// <summary>What the figures of this transport are called: <c>actor</c> or <c>channel</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Every pair plays <paramref name="roundTrips"/> round trips with <paramref name="inFlight"/>
    /// balls at a time, all pairs at once; returns the time until the last pair finished.
    /// </summary>
    Task<TimeSpan> PlayAsync(long roundTrips, int inFlight, CancellationToken cancellationToken);
}

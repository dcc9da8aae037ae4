using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.PingPong;

/// <summary>
/// Tells a <see cref="Pinger"/> to play: <paramref name="RoundTrips"/> balls out and back,
/// <paramref name="InFlight"/> of them at a time, then signal <paramref name="Done"/>.
/// </summary>
internal sealed record Rally(long RoundTrips, int InFlight, Countdown Done);

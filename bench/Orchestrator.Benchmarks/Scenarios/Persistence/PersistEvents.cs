namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>
/// Tells a <see cref="BenchEntity"/> to persist <paramref name="Count"/> events one at a time: it persists
/// one and, in that event's handler, sends itself the rest, so each Persist waits for the previous handler.
/// </summary>
internal sealed record PersistEvents(int Count);

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>One persist trial, on the runtime and on the raw baseline.</summary>
/// <param name="Single">One actor persisting one event at a time.</param>
/// <param name="SingleBaseline">The same rows inserted one transaction each, sequentially.</param>
/// <param name="Concurrent">Many actors persisting at once.</param>
/// <param name="ConcurrentBaseline">The same rows inserted by the journal's number of writers, one transaction per batch.</param>
/// <param name="ConcurrentCommits">Transactions the journal committed for the concurrent run (group commit at work).</param>
internal sealed record PersistTrial(Throughput Single, Throughput SingleBaseline, Throughput Concurrent, Throughput ConcurrentBaseline, long ConcurrentCommits);

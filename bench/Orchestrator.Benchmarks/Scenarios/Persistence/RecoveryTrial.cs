namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>One recovery trial, by persistent actors and by the raw reader.</summary>
/// <param name="Single">One actor replaying the large entity, until RecoveryCompleted.</param>
/// <param name="SingleBaseline">One SELECT reading the same rows.</param>
/// <param name="Many">All small entities' actors started at once, until the last RecoveryCompleted.</param>
/// <param name="ManyBaseline">The same rows read entity by entity, as many readers as recoveries may run at once.</param>
/// <param name="ManyStream">The same rows streamed by one statement on one connection: the physical limit.</param>
internal sealed record RecoveryTrial(Throughput Single, Throughput SingleBaseline, Throughput Many, Throughput ManyBaseline, Throughput ManyStream);

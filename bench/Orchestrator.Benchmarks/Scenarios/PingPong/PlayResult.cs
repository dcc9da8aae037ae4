namespace Orchestrator.Benchmarks.Scenarios.PingPong;

/// <summary>The medians over the trials of one transport in one case.</summary>
/// <param name="Rate">Messages delivered per second, both directions counted.</param>
/// <param name="AllocatedPerMessage">Bytes allocated (all threads) per message delivered.</param>
internal sealed record PlayResult(double Rate, double AllocatedPerMessage);

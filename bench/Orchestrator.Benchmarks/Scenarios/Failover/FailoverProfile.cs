namespace Orchestrator.Benchmarks.Scenarios.Failover;

/// <summary>
/// One set of cluster settings the failover scenario measures, with its lower bound: a killed member cannot be
/// removed before the failure detector's acceptable pause, the resolver's stable-after and one leader tick.
/// </summary>
internal sealed record FailoverProfile(string Name, TimeSpan HeartbeatInterval, TimeSpan AcceptablePause, TimeSpan StableAfter, TimeSpan LeaderActionsInterval)
{
    /// <summary>Akka.NET's defaults: heartbeat 1 s, threshold 8, acceptable pause 3 s, stable-after 20 s, leader tick 1 s.</summary>
    public static FailoverProfile Default { get; } = new("default", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(1));

    /// <summary>A fast profile: heartbeat 200 ms, acceptable pause 1 s, stable-after 2 s, leader tick 200 ms.</summary>
    public static FailoverProfile Fast { get; } = new("fast", TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(200));

    /// <summary>Acceptable pause + stable-after + one leader tick.</summary>
    public TimeSpan LowerBound => AcceptablePause + StableAfter + LeaderActionsInterval;

    /// <summary>The profile as config lines for the member processes.</summary>
    public IReadOnlyList<string> Config =>
    [
        $"orch.cluster.failure-detector.heartbeat-interval = {HeartbeatInterval.TotalMilliseconds:0}ms",
        $"orch.cluster.failure-detector.acceptable-heartbeat-pause = {AcceptablePause.TotalMilliseconds:0}ms",
        $"orch.cluster.split-brain-resolver.stable-after = {StableAfter.TotalMilliseconds:0}ms",
        $"orch.cluster.leader-actions-interval = {LeaderActionsInterval.TotalMilliseconds:0}ms",
        $"orch.cluster.gossip-interval = {LeaderActionsInterval.TotalMilliseconds:0}ms",
        $"orch.cluster.unreachable-nodes-reaper-interval = {LeaderActionsInterval.TotalMilliseconds:0}ms",
    ];
}

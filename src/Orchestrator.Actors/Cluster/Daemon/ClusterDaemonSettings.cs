using System.Collections.Immutable;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// What the cluster's actors read from <c>orch.cluster</c> (Akka.Cluster's key names and defaults): the seed
/// nodes and roles, the join, gossip and leader intervals, and what happens to a node that is downed.
/// </summary>
internal sealed class ClusterDaemonSettings
{
    public ClusterDaemonSettings(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        SeedNodes = [.. config.GetStringList("orch.cluster.seed-nodes", []).Select(ParseSeed)];
        Roles = ImmutableSortedSet.CreateRange(StringComparer.Ordinal, config.GetStringList("orch.cluster.roles", []));
        SeedNodeTimeout = config.GetTimeSpan("orch.cluster.seed-node-timeout", TimeSpan.FromSeconds(5));
        RetryUnsuccessfulJoinAfter = config.GetTimeSpan("orch.cluster.retry-unsuccessful-join-after", TimeSpan.FromSeconds(10));
        GossipInterval = config.GetTimeSpan("orch.cluster.gossip-interval", TimeSpan.FromSeconds(1));
        LeaderActionsInterval = config.GetTimeSpan("orch.cluster.leader-actions-interval", TimeSpan.FromSeconds(1));
        UnreachableNodesReaperInterval = config.GetTimeSpan("orch.cluster.unreachable-nodes-reaper-interval", TimeSpan.FromSeconds(1));
        MinNrOfMembers = config.GetInt("orch.cluster.min-nr-of-members", 1);
        RunCoordinatedShutdownWhenDown = config.GetBoolean("orch.cluster.run-coordinated-shutdown-when-down", true);
        HeartbeatInterval = config.GetTimeSpan("orch.cluster.failure-detector.heartbeat-interval", TimeSpan.FromSeconds(1));
        Threshold = config.GetDouble("orch.cluster.failure-detector.threshold", 8.0);
        AcceptableHeartbeatPause = config.GetTimeSpan("orch.cluster.failure-detector.acceptable-heartbeat-pause", TimeSpan.FromSeconds(3));
        MinStdDeviation = config.GetTimeSpan("orch.cluster.failure-detector.min-std-deviation", TimeSpan.FromMilliseconds(100));
        MonitoredByNrOfMembers = config.GetInt("orch.cluster.failure-detector.monitored-by-nr-of-members", 9);
        ExpectedResponseAfter = config.GetTimeSpan("orch.cluster.failure-detector.expected-response-after", TimeSpan.FromSeconds(1));
        DowningProvider = config.GetString("orch.cluster.downing-provider", "split-brain-resolver");
        ActiveStrategy = config.GetString("orch.cluster.split-brain-resolver.active-strategy", "keep-majority");
        StableAfter = config.GetTimeSpan("orch.cluster.split-brain-resolver.stable-after", TimeSpan.FromSeconds(20));
        Check(SeedNodeTimeout > TimeSpan.Zero, "orch.cluster.seed-node-timeout must be positive.");
        Check(RetryUnsuccessfulJoinAfter > TimeSpan.Zero, "orch.cluster.retry-unsuccessful-join-after must be positive.");
        Check(GossipInterval > TimeSpan.Zero, "orch.cluster.gossip-interval must be positive.");
        Check(LeaderActionsInterval > TimeSpan.Zero, "orch.cluster.leader-actions-interval must be positive.");
        Check(UnreachableNodesReaperInterval > TimeSpan.Zero, "orch.cluster.unreachable-nodes-reaper-interval must be positive.");
        Check(HeartbeatInterval > TimeSpan.Zero, "orch.cluster.failure-detector.heartbeat-interval must be positive.");
        Check(Threshold > 0, "orch.cluster.failure-detector.threshold must be positive.");
        Check(MonitoredByNrOfMembers > 0, "orch.cluster.failure-detector.monitored-by-nr-of-members must be positive.");
        Check(MinNrOfMembers > 0, $"orch.cluster.min-nr-of-members must be positive, got {MinNrOfMembers}.");
    }

    /// <summary>The seed nodes, in the configured order (the first may form the cluster alone).</summary>
    public ImmutableArray<Address> SeedNodes { get; }

    /// <summary>This node's roles.</summary>
    public ImmutableSortedSet<string> Roles { get; }

    /// <summary>How long the first seed waits for another seed to answer before it forms the cluster alone.</summary>
    public TimeSpan SeedNodeTimeout { get; }

    /// <summary>A join that got no welcome is tried again after this.</summary>
    public TimeSpan RetryUnsuccessfulJoinAfter { get; }

    /// <summary>One gossip round per interval.</summary>
    public TimeSpan GossipInterval { get; }

    /// <summary>The leader acts (moves members Up, Exiting, Removed) once per interval.</summary>
    public TimeSpan LeaderActionsInterval { get; }

    /// <summary>The failure detector's verdicts go into the reachability table once per interval.</summary>
    public TimeSpan UnreachableNodesReaperInterval { get; }

    /// <summary>Members the cluster needs before the leader moves anyone Up.</summary>
    public int MinNrOfMembers { get; }

    /// <summary>A node that sees itself Down runs coordinated shutdown (and so terminates its actor system).</summary>
    public bool RunCoordinatedShutdownWhenDown { get; }

    /// <summary>How often each node sends heartbeats to the nodes it monitors.</summary>
    public TimeSpan HeartbeatInterval { get; }

    /// <summary>Phi at or above this marks a node unreachable.</summary>
    public double Threshold { get; }

    /// <summary>Heartbeats may be this late (GC pauses, hiccups) before phi rises fast.</summary>
    public TimeSpan AcceptableHeartbeatPause { get; }

    /// <summary>The least standard deviation the detector assumes.</summary>
    public TimeSpan MinStdDeviation { get; }

    /// <summary>How many nodes monitor each node (the heartbeat ring).</summary>
    public int MonitoredByNrOfMembers { get; }

    /// <summary>A node that has not answered its first heartbeat after this is monitored as if it had (so it can become unreachable).</summary>
    public TimeSpan ExpectedResponseAfter { get; }

    /// <summary>split-brain-resolver, or none (members are downed only by hand).</summary>
    public string DowningProvider { get; }

    /// <summary>The split-brain resolver's strategy.</summary>
    public string ActiveStrategy { get; }

    /// <summary>How long membership and reachability must be stable before the resolver decides.</summary>
    public TimeSpan StableAfter { get; }

    /// <summary>The resolver's strategy.</summary>
    public Sbr.DowningStrategy CreateStrategy() => ActiveStrategy switch
    {
        "keep-oldest" => new Sbr.KeepOldest(),
        _ => new Sbr.KeepMajority(),
    };

    private static Address ParseSeed(string text) =>
        Address.TryParse(text, out var address) && address.HasGlobalScope
            ? address
            : throw new ConfigurationException($"orch.cluster.seed-nodes: '{text}' is not an address like orch://system@host:port.");

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ConfigurationException(message);
        }
    }
}

using System.Collections.Immutable;
using Orchestrator.Actors.Cluster.Sbr;
using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// The cluster's settings, read once from <c>orch.cluster</c> and validated: unknown keys, values of the wrong
/// type and values out of range are one <see cref="ConfigurationException"/> that lists every problem with its
/// file and line. Defaults are in the runtime's reference.conf, Akka's where Akka has one.
/// </summary>
public sealed partial class ClusterSettings
{
    /// <summary>Reads and checks <c>orch.cluster</c> of <paramref name="config"/> (the runtime's defaults fill what it leaves out).</summary>
    public ClusterSettings(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var full = config.WithFallback(Reference.Value);
        full.CheckValid(Reference.Value, Section);
        var read = new Reader(full);
        SeedNodes = read.SeedNodes("seed-nodes");
        Roles = read.Roles("roles");
        MinNrOfMembers = read.Int("min-nr-of-members", minimum: 1);
        MinNrOfMembersOfRole = read.RoleMinimums("role");
        RetryUnsuccessfulJoinAfter = read.Duration("retry-unsuccessful-join-after");
        ShutdownAfterUnsuccessfulJoinSeedNodes = read.OffOrDuration("shutdown-after-unsuccessful-join-seed-nodes");
        PeriodicTasksInitialDelay = read.Duration("periodic-tasks-initial-delay", allowZero: true);
        GossipInterval = read.Duration("gossip-interval");
        LeaderActionsInterval = read.Duration("leader-actions-interval");
        UnreachableNodesReaperInterval = read.Duration("unreachable-nodes-reaper-interval");
        RunCoordinatedShutdownWhenDown = full.GetBoolean(Reader.PathOf("run-coordinated-shutdown-when-down"));
        FailureDetector = new FailureDetectorSettings(
            read.Duration("failure-detector.heartbeat-interval"),
            read.PositiveDouble("failure-detector.threshold"),
            read.Int("failure-detector.max-sample-size", minimum: 1),
            read.Duration("failure-detector.min-std-deviation"),
            read.Duration("failure-detector.acceptable-heartbeat-pause", allowZero: true),
            read.Duration("failure-detector.expected-response-after"),
            read.Int("failure-detector.monitored-by-nr-of-members", minimum: 1));
        DowningProvider = read.OneOf("downing-provider", DowningProviders);
        SplitBrainResolver = read.SplitBrainResolver();
        read.ThrowIfProblems();
    }

    /// <summary>The section these settings come from.</summary>
    public const string Section = "orch.cluster";

    /// <summary>The values <c>downing-provider</c> accepts.</summary>
    public static IReadOnlyList<string> DowningProviders { get; } = ["split-brain-resolver", "none"];

    /// <summary>The seed nodes to join through, in order; empty when the node joins only when told to.</summary>
    public ImmutableArray<Address> SeedNodes { get; }

    /// <summary>This node's roles.</summary>
    public ImmutableSortedSet<string> Roles { get; }

    /// <summary>Members the cluster needs before the leader moves anyone Up.</summary>
    public int MinNrOfMembers { get; }

    /// <summary>Members each role needs before the leader moves anyone Up.</summary>
    public ImmutableDictionary<string, int> MinNrOfMembersOfRole { get; }

    /// <summary>How long a join through the seed nodes waits for an answer before trying again.</summary>
    public TimeSpan RetryUnsuccessfulJoinAfter { get; }

    /// <summary>When a node that could not join gives up and shuts down; null: it keeps trying.</summary>
    public TimeSpan? ShutdownAfterUnsuccessfulJoinSeedNodes { get; }

    /// <summary>The delay before the periodic tasks start.</summary>
    public TimeSpan PeriodicTasksInitialDelay { get; }

    /// <summary>How often a node gossips.</summary>
    public TimeSpan GossipInterval { get; }

    /// <summary>How often the leader acts.</summary>
    public TimeSpan LeaderActionsInterval { get; }

    /// <summary>How often failure-detector verdicts become unreachability observations.</summary>
    public TimeSpan UnreachableNodesReaperInterval { get; }

    /// <summary>A downed node runs coordinated shutdown.</summary>
    public bool RunCoordinatedShutdownWhenDown { get; }

    /// <summary>The heartbeat failure detector's settings.</summary>
    public FailureDetectorSettings FailureDetector { get; }

    /// <summary><c>split-brain-resolver</c>, or <c>none</c> when only an operator downs members.</summary>
    public string DowningProvider { get; }

    /// <summary>The split-brain resolver's settings.</summary>
    public SplitBrainResolverSettings SplitBrainResolver { get; }

    /// <summary>Leader actions with this cluster's minimum sizes.</summary>
    public LeaderActions CreateLeaderActions() => new(MinNrOfMembers, MinNrOfMembersOfRole);

    private static readonly Lazy<Config> Reference = new(() =>
        ConfigurationFactory.FromResource(typeof(ClusterSettings).Assembly, "Orchestrator.Actors.reference.conf"));
}

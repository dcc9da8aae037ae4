namespace Orchestrator.Actors.Cluster;

/// <summary>Gossip, leave confirmation and the daemon's own ticks.</summary>
internal static partial class InternalClusterAction
{
    /// <summary>The whole gossip, sent by <paramref name="From"/> to the incarnation <paramref name="To"/>.</summary>
    public sealed record GossipEnvelope(UniqueAddress From, UniqueAddress To, Gossip Gossip);

    /// <summary>Only the version: the receiver answers with its gossip when it holds a different one.</summary>
    public sealed record GossipStatus(UniqueAddress From, VectorClock Version);

    /// <summary>An exiting node has seen itself Exiting: the leader may remove it.</summary>
    public sealed record ExitingConfirmed(UniqueAddress Node);

    /// <summary>Local: one of the daemon's periodic (or one-off) timers fired; compared by reference.</summary>
    public sealed class Tick
    {
        private Tick(string name) => Name = name;

        /// <summary>Time for a gossip round.</summary>
        public static Tick Gossip { get; } = new("gossip");

        /// <summary>Time for the leader's actions.</summary>
        public static Tick LeaderActions { get; } = new("leader-actions");

        /// <summary>Time to put the failure detector's verdicts into the reachability table.</summary>
        public static Tick ReapUnreachable { get; } = new("reap-unreachable");

        /// <summary>Time to send heartbeats.</summary>
        public static Tick Heartbeat { get; } = new("heartbeat");

        /// <summary>Time for the split-brain resolver to look at reachability.</summary>
        public static Tick Downing { get; } = new("downing");

        /// <summary>Time to ask the previous oldest again to hand the singleton over.</summary>
        public static Tick HandOverRetry { get; } = new("hand-over-retry");

        /// <summary>Time for a singleton proxy to ask again where the singleton is.</summary>
        public static Tick Identify { get; } = new("identify");

        /// <summary>Joining through the seed nodes took longer than shutdown-after-unsuccessful-join-seed-nodes.</summary>
        public static Tick JoinGiveUp { get; } = new("join-give-up");

        /// <summary>A join got no welcome in time.</summary>
        public static Tick JoinRetry { get; } = new("join-retry");

        /// <summary>The tick's name (also its timer key).</summary>
        public string Name { get; }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}

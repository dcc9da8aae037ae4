namespace Orchestrator.Actors;

public sealed partial class CoordinatedShutdown
{
    /// <summary>The shutdown was started because this node could not join the cluster through its seed nodes in time (orch.cluster.shutdown-after-unsuccessful-join-seed-nodes).</summary>
    public sealed record ClusterJoinUnsuccessfulReason : Reason
    {
        private ClusterJoinUnsuccessfulReason()
        {
        }

        /// <summary>The only instance.</summary>
        public static ClusterJoinUnsuccessfulReason Instance { get; } = new();
    }
}

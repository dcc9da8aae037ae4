namespace Orchestrator.Actors;

public sealed partial class CoordinatedShutdown
{
    /// <summary>The shutdown was started because this member left the cluster.</summary>
    public sealed record ClusterLeavingReason : Reason
    {
        private ClusterLeavingReason()
        {
        }

        /// <summary>The only instance.</summary>
        public static ClusterLeavingReason Instance { get; } = new();
    }
}

namespace Orchestrator.Actors;

public sealed partial class CoordinatedShutdown
{
    /// <summary>The shutdown was started because the cluster downed this member.</summary>
    public sealed record ClusterDowningReason : Reason
    {
        private ClusterDowningReason()
        {
        }

        /// <summary>The only instance.</summary>
        public static ClusterDowningReason Instance { get; } = new();
    }
}

namespace Orchestrator.Actors;

public sealed partial class CoordinatedShutdown
{
    /// <summary>The shutdown was started by the process exiting, or by SIGTERM or SIGINT (Ctrl+C).</summary>
    public sealed record ClrExitReason : Reason
    {
        private ClrExitReason()
        {
        }

        /// <summary>The only instance.</summary>
        public static ClrExitReason Instance { get; } = new();
    }
}

namespace Orchestrator.Actors;

public sealed partial class CoordinatedShutdown
{
    /// <summary>
    /// Why coordinated shutdown runs, as passed to <see cref="Run"/> and kept in <see cref="ShutdownReason"/>,
    /// so that tasks may act on it (a cluster member that was downed skips leaving gracefully, say).
    /// The predefined reasons are Akka's; modules and applications may add their own records.
    /// </summary>
    public abstract record Reason
    {
        /// <summary>The reason's name, as log lines show it.</summary>
        public sealed override string ToString() => GetType().Name;
    }
}

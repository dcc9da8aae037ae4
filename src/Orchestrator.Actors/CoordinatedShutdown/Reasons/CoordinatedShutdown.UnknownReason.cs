namespace Orchestrator.Actors;

public sealed partial class CoordinatedShutdown
{
    /// <summary>The reason is not known: what <see cref="Run"/> callers pass when they have none to give.</summary>
    public sealed record UnknownReason : Reason
    {
        private UnknownReason()
        {
        }

        /// <summary>The only instance.</summary>
        public static UnknownReason Instance { get; } = new();
    }
}

namespace Orchestrator.Actors;

public sealed partial class CoordinatedShutdown
{
    /// <summary>The shutdown was started by <see cref="ActorSystem.Terminate"/>.</summary>
    public sealed record ActorSystemTerminateReason : Reason
    {
        private ActorSystemTerminateReason()
        {
        }

        /// <summary>The only instance.</summary>
        public static ActorSystemTerminateReason Instance { get; } = new();
    }
}

namespace Orchestrator.Actors.Persistence;

/// <summary>The permit protocol, as Akka's.</summary>
internal sealed partial class RecoveryPermitter
{
    /// <summary>A persistent actor asks to start recovering.</summary>
    public sealed record RequestRecoveryPermit
    {
        private RequestRecoveryPermit()
        {
        }

        public static RequestRecoveryPermit Instance { get; } = new();
    }

    /// <summary>The actor may recover now.</summary>
    public sealed record RecoveryPermitGranted
    {
        private RecoveryPermitGranted()
        {
        }

        public static RecoveryPermitGranted Instance { get; } = new();
    }

    /// <summary>The actor has recovered (or failed to): the next one may go.</summary>
    public sealed record ReturnRecoveryPermit
    {
        private ReturnRecoveryPermit()
        {
        }

        public static ReturnRecoveryPermit Instance { get; } = new();
    }
}

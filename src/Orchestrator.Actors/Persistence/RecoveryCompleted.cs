namespace Orchestrator.Actors.Persistence;

/// <summary>Sent to the recover handlers once, after the snapshot and every replayed event; persisting is allowed from here on.</summary>
public sealed record RecoveryCompleted
{
    private RecoveryCompleted()
    {
    }

    /// <summary>The only instance.</summary>
    public static RecoveryCompleted Instance { get; } = new();
}

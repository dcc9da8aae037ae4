namespace Orchestrator.Actors;

/// <summary>Stops the actor once the messages ahead of it have been processed.</summary>
public sealed class PoisonPill : IAutoReceivedMessage
{
    private PoisonPill()
    {
    }

    /// <summary>The one instance.</summary>
    public static PoisonPill Instance { get; } = new();

    public override string ToString() => "PoisonPill";
}

namespace Orchestrator.Actors;

/// <summary>Makes the actor fail with <see cref="ActorKilledException"/>; its supervisor decides what follows (by default: stop).</summary>
public sealed class Kill : IAutoReceivedMessage
{
    private Kill()
    {
    }

    /// <summary>The one instance.</summary>
    public static Kill Instance { get; } = new();

    public override string ToString() => "Kill";
}

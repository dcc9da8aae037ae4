namespace Orchestrator.Actors.TestKit;

/// <summary>A message the test actor received, with its sender (dead letters when it had none).</summary>
internal sealed record MessageEnvelope(object Message, IActorRef Sender)
{
    /// <summary>Stands for "nothing received yet".</summary>
    public static MessageEnvelope None { get; } = new(NoMessage.Instance, ActorRefs.Nobody);

    private sealed class NoMessage
    {
        public static readonly NoMessage Instance = new();

        public override string ToString() => "<no message>";
    }
}

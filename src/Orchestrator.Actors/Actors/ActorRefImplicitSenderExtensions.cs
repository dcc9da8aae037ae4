namespace Orchestrator.Actors;

/// <summary>Tell and Forward with the sender taken from the actor in whose context the call runs.</summary>
public static class ActorRefImplicitSenderExtensions
{
    /// <summary>
    /// The sender outside any actor, for the current async flow: the TestKit puts its test actor here,
    /// so that <c>actor.Tell(message)</c> in a test gets the reply, as in Akka's TestKit.
    /// </summary>
    internal static readonly AsyncLocal<IActorRef?> AmbientSender = new();

    /// <summary>Sends a message; inside an actor the sender is that actor, elsewhere there is none (in a TestKit test: the test actor).</summary>
    public static void Tell(this ICanTell receiver, object message) => receiver.Tell(message, ActorCell.Current?.Self ?? AmbientSender.Value);

    /// <summary>Sends a message keeping the original sender of the message being processed.</summary>
    public static void Forward(this ICanTell receiver, object message) =>
        receiver.Tell(message, ActorCell.Current?.Sender ?? throw new NotSupportedException("Forward is only valid inside an actor."));
}

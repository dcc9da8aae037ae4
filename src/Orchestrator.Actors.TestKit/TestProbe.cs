namespace Orchestrator.Actors.TestKit;

/// <summary>
/// An extra test actor with its own queue and the full set of expectations: stand it in for a
/// collaborator, send as it, and check what it receives. Made by <see cref="TestKitBase.CreateTestProbe"/>
/// or, for another system, with <c>new TestProbe(system)</c>.
/// </summary>
public sealed class TestProbe : TestKitBase, ICanTell
{
    /// <summary>A probe in <paramref name="system"/>; its actor lives under <c>/system</c>, named <paramref name="name"/> if given.</summary>
    public TestProbe(ActorSystem system, string? name = null) => InitializeTest(system, name);

    /// <summary>The probe's actor: give it to the actors under test.</summary>
    public IActorRef Ref => TestActor;

    /// <summary>Sends <paramref name="message"/> to <paramref name="target"/> with the probe as sender.</summary>
    public void Send(IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(message, Ref);
    }

    /// <summary>Sends the last received message on to <paramref name="target"/>, keeping its original sender.</summary>
    public void Forward(IActorRef target) => Forward(target, LastMessage ?? throw NothingReceived("Forward"));

    /// <summary>Sends <paramref name="message"/> to <paramref name="target"/> as if from the last message's sender.</summary>
    public void Forward(IActorRef target, object message)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.Tell(message, LastSender);
    }

    /// <summary>Answers the sender of the last received message, with the probe as sender.</summary>
    public void Reply(object message)
    {
        if (LastMessage is null)
        {
            throw NothingReceived("Reply");
        }

        LastSender.Tell(message, Ref);
    }

    /// <summary>Sends a message to the probe's actor, as if it were an actor reference.</summary>
    public void Tell(object message, IActorRef? sender) => Ref.Tell(message, sender);

    public override string ToString() => $"TestProbe({Ref.Path})";

    private static InvalidOperationException NothingReceived(string what) =>
        new($"{what}: the probe has not received any message yet.");
}

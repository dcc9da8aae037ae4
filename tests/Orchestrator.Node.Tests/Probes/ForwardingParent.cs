using Orchestrator.Actors;

namespace Orchestrator.Node.Tests.Probes;

/// <summary>
/// A parent for the actor under test: it starts the child, sends what the child tells its parent on
/// to <c>target</c> (the test actor), and passes everything else to the child.
/// </summary>
/// <remarks>
/// <see cref="Sync"/> makes the child answer an <see cref="Identify"/> through this parent, so its
/// <see cref="ActorIdentity"/> reaches the target after everything the child sent before it: once
/// the test has it, the child has handled every message sent to it before the sync, and the test
/// has been given all the child said about them.
/// </remarks>
internal sealed class ForwardingParent : ActorBase
{
    private readonly Props _childProps;
    private readonly IActorRef _target;
    private IActorRef _child = ActorRefs.Nobody;

    private ForwardingParent(Props childProps, IActorRef target)
    {
        _childProps = childProps;
        _target = target;
    }

    public static Props Props(Props childProps, IActorRef target) =>
        Orchestrator.Actors.Props.Create(() => new ForwardingParent(childProps, target));

    protected override void PreStart() => _child = Context.ActorOf(_childProps, "child");

    protected override bool Receive(object message)
    {
        if (Sender.Equals(_child))
        {
            _target.Tell(message, Self);
        }
        else if (message is Sync)
        {
            _child.Tell(new Identify("sync"), Self);
        }
        else
        {
            _child.Forward(message);
        }

        return true;
    }

    /// <summary>Asks for the child's <see cref="ActorIdentity"/>, delivered in order with what the child sent.</summary>
    public sealed record Sync
    {
        public static readonly Sync Instance = new();
    }
}

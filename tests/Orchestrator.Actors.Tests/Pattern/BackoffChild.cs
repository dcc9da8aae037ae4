namespace Orchestrator.Actors.Tests.Pattern;

/// <summary>
/// The child under a back-off supervisor: reports each start to the probe, throws on <c>"fail"</c>,
/// stops on <c>"stop"</c>, sends <c>"to-parent"</c> to its parent, and echoes anything else to its sender.
/// </summary>
public sealed class BackoffChild : ReceiveActor
{
    private readonly IActorRef _probe;

    public BackoffChild(IActorRef probe)
    {
        _probe = probe;
        Receive<string>(message => message == "fail", _ => throw new InvalidOperationException("child failed"));
        Receive<string>(message => message == "stop", _ => Context.Stop(Self));
        Receive<string>(message => message == "to-parent", message => Context.Parent.Tell(message, Self));
        ReceiveAny(message => Sender.Tell(message, Self));
    }

    /// <summary>Props for a child that reports to <paramref name="probe"/>.</summary>
    public static Props Props(IActorRef probe) => Orchestrator.Actors.Props.Create(() => new BackoffChild(probe));

    protected override void PreStart() => _probe.Tell(new ChildStarted(Self), Self);
}

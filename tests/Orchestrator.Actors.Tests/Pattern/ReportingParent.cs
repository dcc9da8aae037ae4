namespace Orchestrator.Actors.Tests.Pattern;

/// <summary>A parent that creates one child named "supervisor", tells the probe its ref, and forwards everything it receives to the probe.</summary>
public sealed class ReportingParent : ReceiveActor
{
    public ReportingParent(Props childProps, IActorRef probe)
    {
        var child = Context.ActorOf(childProps, "supervisor");
        probe.Tell(child, Self);
        ReceiveAny(message => probe.Tell(message, Sender));
    }
}

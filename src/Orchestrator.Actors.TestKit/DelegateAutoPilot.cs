namespace Orchestrator.Actors.TestKit;

/// <summary>An auto-pilot from a delegate: <c>new DelegateAutoPilot((sender, msg) => { sender.Tell(reply, null); return AutoPilot.KeepRunning; })</c>.</summary>
public sealed class DelegateAutoPilot(Func<IActorRef, object, AutoPilot> run) : AutoPilot
{
    private readonly Func<IActorRef, object, AutoPilot> _run = run ?? throw new ArgumentNullException(nameof(run));

    public override AutoPilot Run(IActorRef sender, object message) => _run(sender, message);
}

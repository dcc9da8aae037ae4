namespace Orchestrator.Actors.Tests.Actors;

/// <summary>
/// The workhorse of the supervision and lifecycle tests. It reports every hook to a probe
/// as "label:hook" ("label:prerestart:reason" for PreRestart), counts "inc", answers
/// "count" with the count and "generation" with "first" or "restarted", echoes other
/// strings, throws on <see cref="Fail"/>, creates children on <see cref="CreateChild"/>,
/// and holds its thread on <see cref="Block"/>.
/// </summary>
public sealed class LifecycleActor : ReceiveActor
{
    private readonly IActorRef _probe;
    private readonly string _label;
    private int _count;
    private bool _restarted;

    public LifecycleActor(IActorRef probe, string label)
    {
        _probe = probe;
        _label = label;
        Receive<Fail>(f => f.Throw());
        Receive<CreateChild>(c => Sender.Tell(Context.ActorOf(c.Props, c.Name)));
        Receive<Block>(HoldUntilReleased);
        Receive<string>(s => s == "inc", _ => _count++);
        Receive<string>(s => s == "count", _ => Sender.Tell(_count));
        Receive<string>(s => s == "generation", _ => Sender.Tell(_restarted ? "restarted" : "first"));
        Receive<string>(s => Sender.Tell(s));
    }

    /// <summary>Props for a lifecycle actor that reports to <paramref name="probe"/> with <paramref name="label"/>.</summary>
    public static Props Create(IActorRef probe, string label) => Props.Create(() => new LifecycleActor(probe, label));

    /// <summary>
    /// The same on a thread of its own: for actors that a test holds with <see cref="Block"/>,
    /// so that a held actor never takes a pool thread from the actors the test waits on.
    /// </summary>
    public static Props CreatePinned(IActorRef probe, string label) => Create(probe, label).WithDispatcher("orch.actor.pinned-dispatcher");

    protected override void PreStart() => _probe.Tell($"{_label}:prestart");

    protected override void PostStop() => _probe.Tell($"{_label}:poststop");

    protected override void PreRestart(Exception reason, object? message)
    {
        _probe.Tell($"{_label}:prerestart:{reason.Message}");
        base.PreRestart(reason, message);
    }

    protected override void PostRestart(Exception reason)
    {
        _restarted = true;
        _probe.Tell($"{_label}:postrestart");
        base.PostRestart(reason);
    }


    private void HoldUntilReleased(Block block)
    {
        Sender.Tell("blocked");
        if (!block.Gate.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("The test never released the gate.");
        }
    }
}

using Orchestrator.Actors;
using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.Spawn;

/// <summary>
/// The smallest actor there is: no fields of its own, handles nothing. Its start and stop
/// are counted through static countdowns, so that the instance carries no reference to them.
/// </summary>
internal sealed class IdleActor : ActorBase
{
    /// <summary>Signalled by every instance's PreStart; set before a spawn begins.</summary>
    public static Countdown? Started { get; set; }

    /// <summary>Signalled by every instance's PostStop; set before the children are stopped.</summary>
    public static Countdown? Stopped { get; set; }

    protected internal override bool Receive(object message) => false;

    protected override void PreStart() => Started?.Signal();

    protected override void PostStop() => Stopped?.Signal();
}

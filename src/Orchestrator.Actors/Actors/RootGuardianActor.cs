namespace Orchestrator.Actors;

/// <summary>
/// The root of the hierarchy. It watches the two guardians so that termination is
/// ordered: when <c>/user</c> has stopped it stops <c>/system</c>, and when that has
/// stopped it stops itself.
/// </summary>
internal sealed class RootGuardianActor(ActorSystemImpl system) : ActorBase
{
    protected override void PreStart()
    {
        Context.Watch(system.Guardian);
        Context.Watch(system.SystemGuardian);
    }

    // A guardian that fails (a top-level actor escalated) is stopped, which ends the system, as in Akka.
    protected override SupervisorStrategy SupervisorStrategy() => Orchestrator.Actors.SupervisorStrategy.StoppingStrategy;

    protected internal override bool Receive(object message)
    {
        if (message is not Terminated terminated)
        {
            return false;
        }

        if (terminated.ActorRef.Equals(system.Guardian))
        {
            Context.Stop(system.SystemGuardian);
        }
        else if (terminated.ActorRef.Equals(system.SystemGuardian))
        {
            Context.Stop(Self);
        }

        return true;
    }
}

namespace Orchestrator.Actors.Tests.Actors;

/// <summary>Strategies whose decider also tells a probe which exception it was asked about.</summary>
public static class Deciders
{
    /// <summary>A one-for-one strategy that reports each failure to <paramref name="probe"/> and answers <paramref name="directive"/>.</summary>
    public static SupervisorStrategy OneForOne(IActorRef probe, Directive directive) =>
        new OneForOneStrategy(Reporting(probe, _ => directive));

    /// <summary>A decider that reports each failure to <paramref name="probe"/> and then asks <paramref name="decide"/>.</summary>
    public static Func<Exception, Directive> Reporting(IActorRef probe, Func<Exception, Directive> decide) => cause =>
    {
        probe.Tell(cause, null);
        return decide(cause);
    };
}

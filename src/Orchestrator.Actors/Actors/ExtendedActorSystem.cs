namespace Orchestrator.Actors;

/// <summary>The system as modules see it: they may create actors under <c>/system</c>.</summary>
public abstract class ExtendedActorSystem : ActorSystem
{
    private protected ExtendedActorSystem()
    {
    }

    /// <summary>The guardian of user actors, <c>/user</c>.</summary>
    public abstract IActorRef Guardian { get; }

    /// <summary>The guardian of system actors, <c>/system</c>.</summary>
    public abstract IActorRef SystemGuardian { get; }

    /// <summary>Creates an actor under <c>/system</c>: for the runtime's own modules.</summary>
    public abstract IActorRef SystemActorOf(Props props, string? name = null);
}

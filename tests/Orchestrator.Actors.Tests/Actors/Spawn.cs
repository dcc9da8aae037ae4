using Orchestrator.Actors.TestKit;

namespace Orchestrator.Actors.Tests.Actors;

/// <summary>Creates actors below other actors and waits for their refs.</summary>
public static class Spawn
{
    /// <summary>A top-level <see cref="LifecycleActor"/> supervising with <paramref name="strategy"/>; it reports nothing.</summary>
    public static IActorRef Supervisor(ActorSystem system, SupervisorStrategy strategy, string? name = null) =>
        system.ActorOf(LifecycleActor.Create(ActorRefs.Nobody, "supervisor").WithSupervisorStrategy(strategy), name);

    /// <summary>An actor from <paramref name="props"/> that has already stopped: the kit watched it die.</summary>
    public static IActorRef Stopped(TestKitBase kit, Props props)
    {
        var actor = kit.Sys.ActorOf(props);
        kit.Watch(actor);
        kit.Sys.Stop(actor);
        kit.ExpectTerminated(actor);
        kit.Unwatch(actor);
        return actor;
    }

    /// <summary>Has <paramref name="parent"/> (a <see cref="LifecycleActor"/>) create a child and returns it.</summary>
    public static IActorRef ChildOf(TestKitBase kit, IActorRef parent, Props props, string name)
    {
        parent.Tell(new CreateChild(props, name), kit.TestActor);
        return kit.ExpectMsg<IActorRef>();
    }
}

namespace Orchestrator.Actors;

/// <summary>Well-known references, as in Akka.NET.</summary>
public static class ActorRefs
{
    /// <summary>The reference to no actor.</summary>
    public static IActorRef Nobody => Orchestrator.Actors.Nobody.Instance;

    /// <summary>No sender: pass it where a reply is not wanted.</summary>
    public static IActorRef? NoSender => null;
}

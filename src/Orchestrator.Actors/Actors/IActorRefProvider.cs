namespace Orchestrator.Actors;

/// <summary>
/// How a system turns paths into references and references into paths (Akka's IActorRefProvider): the
/// local provider knows only this process; the remote provider adds a host and port to the system's
/// address and hands out <see cref="Remote.RemoteActorRef"/>s for other systems.
/// </summary>
internal interface IActorRefProvider
{
    /// <summary>The system's address as other systems see it (the local address when nothing is bound).</summary>
    Address DefaultAddress { get; }

    /// <summary>The reference a path names: a local actor, a remote one, or dead letters when nothing can be found.</summary>
    IActorRef ResolveActorRef(ActorPath path);

    /// <summary>The path of <paramref name="actor"/> as it is written into messages that leave the process.</summary>
    string SerializationFormat(IActorRef actor);

    /// <summary>The root of a system at another address, as the anchor of a selection; null when it is this system or unreachable.</summary>
    IInternalActorRef? RemoteRoot(Address address);
}

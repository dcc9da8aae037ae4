namespace Orchestrator.Actors;

/// <summary>The provider of <c>orch.actor.provider = local</c>: every path is resolved in this process.</summary>
internal sealed class LocalActorRefProvider(ActorSystemImpl system) : IActorRefProvider
{
    public Address DefaultAddress => system.LocalAddress;

    public IActorRef ResolveActorRef(ActorPath path) =>
        path.Address.Equals(system.LocalAddress) ? system.ResolveLocal(path) : system.DeadLetters;

    public string SerializationFormat(IActorRef actor) => actor.Path.ToSerializationFormat();

    public IInternalActorRef? RemoteRoot(Address address) => null;
}

using Orchestrator.Actors.Serialization;

namespace Orchestrator.Actors.Remote;

/// <summary>The runtime's own messages that cross the wire, with their stable manifests.</summary>
internal static class RemoteMessages
{
    public static void Register(Serialization.Serialization serialization)
    {
        var serializer = new BuiltInMessageSerializer(serialization);
        serialization.Register<Identify>("orch.identify", serializer);
        serialization.Register<ActorIdentity>("orch.actor-identity", serializer);
        serialization.Register<PoisonPill>("orch.poison-pill", serializer);
        serialization.Register<Kill>("orch.kill", serializer);
        serialization.Register<Status.Success>("orch.status-success", serializer);
        serialization.Register<Status.Failure>("orch.status-failure", serializer);
    }
}

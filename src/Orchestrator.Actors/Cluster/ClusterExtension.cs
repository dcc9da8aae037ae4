namespace Orchestrator.Actors.Cluster;

/// <summary>Creates the <see cref="Cluster"/> extension of an actor system.</summary>
public sealed class ClusterExtension : ExtensionIdProvider<Cluster>
{
    /// <summary>The only instance.</summary>
    public static ClusterExtension Instance { get; } = new();

    /// <inheritdoc/>
    public override Cluster CreateExtension(ExtendedActorSystem system) => new((ActorSystemImpl)system);
}

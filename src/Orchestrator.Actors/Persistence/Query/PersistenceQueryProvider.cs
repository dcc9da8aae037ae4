namespace Orchestrator.Actors.Persistence.Query;

/// <summary>The extension id of <see cref="PersistenceQuery"/>: one instance per actor system.</summary>
public sealed class PersistenceQueryProvider : ExtensionIdProvider<PersistenceQuery>
{
    /// <summary>The only id.</summary>
    public static PersistenceQueryProvider Instance { get; } = new();

    /// <inheritdoc/>
    public override PersistenceQuery CreateExtension(ExtendedActorSystem system) => new(system);
}

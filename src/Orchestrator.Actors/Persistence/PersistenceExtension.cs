namespace Orchestrator.Actors.Persistence;

/// <summary>The extension id of <see cref="Persistence"/>: one instance per actor system.</summary>
public sealed class PersistenceExtension : ExtensionIdProvider<Persistence>
{
    /// <summary>The only id.</summary>
    public static PersistenceExtension Instance { get; } = new();

    /// <inheritdoc/>
    public override Persistence CreateExtension(ExtendedActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return new Persistence(system);
    }
}

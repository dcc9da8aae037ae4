namespace Orchestrator.Actors.Serialization;

/// <summary>The extension id of <see cref="Serialization"/>: one registry per actor system.</summary>
public sealed class SerializationExtension : ExtensionIdProvider<Serialization>
{
    /// <summary>The only id.</summary>
    public static SerializationExtension Instance { get; } = new();

    /// <inheritdoc/>
    public override Serialization CreateExtension(ExtendedActorSystem system) => new(system);
}

namespace Orchestrator.Actors;

/// <summary>The extension id of <see cref="CoordinatedShutdown"/>: one instance per actor system.</summary>
public sealed class CoordinatedShutdownExtension : ExtensionIdProvider<CoordinatedShutdown>
{
    /// <summary>The only id.</summary>
    public static CoordinatedShutdownExtension Instance { get; } = new();

    /// <inheritdoc/>
    public override CoordinatedShutdown CreateExtension(ExtendedActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var impl = (ActorSystemImpl)system;
        return new CoordinatedShutdown(impl, impl.CoordinatedShutdownSettings);
    }
}

namespace Orchestrator.Actors;

/// <summary>The identity and factory of an extension; <see cref="Get"/> makes it on first use, once per system.</summary>
public abstract class ExtensionIdProvider<T>
    where T : class, IExtension
{
    /// <summary>The extension of <paramref name="system"/>, made if needed.</summary>
    public T Get(ActorSystem system) => system.RegisterExtension(this);

    /// <summary>Makes the extension for a system.</summary>
    public abstract T CreateExtension(ExtendedActorSystem system);
}

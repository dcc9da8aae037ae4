using System.Diagnostics.CodeAnalysis;

namespace Orchestrator.Actors.Serialization;

/// <summary>
/// The message serialization registry of an actor system (Akka.NET's Serialization): maps each message type
/// to a stable manifest, the name stored with the bytes (in the journal, later on the wire), and to the
/// <see cref="ISerializer"/> that encodes it (<see cref="JsonMessageSerializer"/> unless the registration names
/// another). Only registered types are ever deserialised: the manifest selects the type, never the bytes.
/// Modules register their types at startup; lookups are lock-free reads of an immutable snapshot.
/// </summary>
public sealed partial class Serialization : IExtension
{
    private readonly Lock _gate = new();
    private Registry _registry = Registry.Empty;
    private readonly ExtendedActorSystem? _system;

    /// <summary>A registry whose default serializer is <see cref="JsonMessageSerializer.Default"/>.</summary>
    public Serialization()
        : this(JsonMessageSerializer.Default)
    {
    }

    /// <summary>A registry that serialises with <paramref name="defaultSerializer"/> unless a registration names another.</summary>
    public Serialization(ISerializer defaultSerializer)
    {
        ArgumentNullException.ThrowIfNull(defaultSerializer);
        DefaultSerializer = defaultSerializer;
    }

    /// <summary>The registry of <paramref name="system"/>, which serialises actor references through it.</summary>
    internal Serialization(ExtendedActorSystem system)
        : this(JsonMessageSerializer.Default)
    {
        _system = system;
    }

    /// <summary>The serializer of registrations that name none.</summary>
    public ISerializer DefaultSerializer { get; }

    /// <summary>The registry of <paramref name="system"/>.</summary>
    public static Serialization Get(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return SerializationExtension.Instance.Get(system);
    }

    /// <summary>Registers <typeparamref name="T"/> under <paramref name="manifest"/> with the default serializer.</summary>
    /// <exception cref="SerializationException">The type or the manifest is already registered otherwise.</exception>
    public void Register<T>(string manifest) => Register(typeof(T), manifest);

    /// <summary>Registers <typeparamref name="T"/> under <paramref name="manifest"/> with <paramref name="serializer"/>.</summary>
    /// <exception cref="SerializationException">The type or the manifest is already registered otherwise.</exception>
    public void Register<T>(string manifest, ISerializer serializer) => Register(typeof(T), manifest, serializer);

    /// <summary>
    /// Registers <paramref name="type"/> (a concrete type: lookups use an object's exact runtime type) under
    /// <paramref name="manifest"/>. The manifest is stored with the data: never change or reuse it. Registering
    /// the same type, manifest and serializer again does nothing; any other overlap is an error.
    /// </summary>
    /// <exception cref="SerializationException">The type or the manifest is already registered otherwise.</exception>
    public void Register(Type type, string manifest, ISerializer? serializer = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(manifest);
        if (type.IsAbstract || type.IsInterface || type.ContainsGenericParameters)
        {
            throw new ArgumentException($"{type} cannot be registered for serialization: register the concrete (closed, non-abstract) types of the messages.", nameof(type));
        }

        if (manifest.Trim().Length != manifest.Length)
        {
            throw new ArgumentException($"The manifest '{manifest}' has leading or trailing white space.", nameof(manifest));
        }

        serializer ??= DefaultSerializer;
        lock (_gate)
        {
            var registry = _registry;
            if (registry.ByType.TryGetValue(type, out var existing))
            {
                if (existing.Manifest == manifest && ReferenceEquals(existing.Serializer, serializer))
                {
                    return;
                }

                throw new SerializationException(
                    $"{type} is already registered for serialization as '{existing.Manifest}' with {existing.Serializer.GetType().Name}; it cannot be registered again as '{manifest}' with {serializer.GetType().Name}.");
            }

            if (registry.ByManifest.TryGetValue(manifest, out var taken))
            {
                throw new SerializationException($"The manifest '{manifest}' is already registered for {taken.Type}; it cannot name {type} too.");
            }

            Volatile.Write(ref _registry, registry.With(new Registration(type, manifest, serializer)));
        }
    }

    /// <summary>True when <paramref name="type"/> is registered.</summary>
    public bool IsRegistered(Type type) => Volatile.Read(ref _registry).ByType.ContainsKey(type);

    /// <summary>The manifest <paramref name="type"/> is registered under.</summary>
    public bool TryGetManifest(Type type, [NotNullWhen(true)] out string? manifest)
    {
        var found = Volatile.Read(ref _registry).ByType.TryGetValue(type, out var registration);
        manifest = registration?.Manifest;
        return found;
    }

    /// <summary>The type registered under <paramref name="manifest"/>.</summary>
    public bool TryGetType(string manifest, [NotNullWhen(true)] out Type? type)
    {
        var found = Volatile.Read(ref _registry).ByManifest.TryGetValue(manifest, out var registration);
        type = registration?.Type;
        return found;
    }

    private sealed record Registration(Type Type, string Manifest, ISerializer Serializer);

    /// <summary>An immutable snapshot of the registrations; a registration publishes a new one.</summary>
    private sealed class Registry
    {
        private Registry(Dictionary<Type, Registration> byType, Dictionary<string, Registration> byManifest)
        {
            ByType = byType;
            ByManifest = byManifest;
        }

        public static Registry Empty { get; } = new([], new Dictionary<string, Registration>(StringComparer.Ordinal));

        public Dictionary<Type, Registration> ByType { get; }

        public Dictionary<string, Registration> ByManifest { get; }

        public Registry With(Registration registration) => new(
            new Dictionary<Type, Registration>(ByType) { [registration.Type] = registration },
            new Dictionary<string, Registration>(ByManifest, StringComparer.Ordinal) { [registration.Manifest] = registration });
    }
}

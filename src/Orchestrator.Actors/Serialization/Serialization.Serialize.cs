using System.Buffers;

namespace Orchestrator.Actors.Serialization;

/// <summary>Serialising and deserialising through the registrations.</summary>
public sealed partial class Serialization
{
    private const int MaxRetainedBufferBytes = 1024 * 1024;

    // One reusable output buffer per thread: serialising allocates only the returned array.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _threadBuffer;

    // The system whose registry is serialising on this thread: actor references in messages are written and resolved through it.
    [ThreadStatic]
    private static ExtendedActorSystem? _currentSystem;

    /// <summary>
    /// The actor system whose <see cref="Serialization"/> is serialising or deserialising on this thread right now, for
    /// serializers and converters that write or resolve actor references; null outside such a call or for a registry
    /// that belongs to no system.
    /// </summary>
    public static ExtendedActorSystem? CurrentSystem => _currentSystem;

    /// <summary>Serialises <paramref name="message"/> with its type's registration.</summary>
    /// <exception cref="SerializationException">Its type is not registered, or its serializer failed.</exception>
    public SerializedMessage Serialize(object message)
    {
        var buffer = _threadBuffer ?? new ArrayBufferWriter<byte>(256);
        _threadBuffer = null;
        try
        {
            var manifest = Serialize(message, buffer);
            return new SerializedMessage(manifest, buffer.WrittenSpan.ToArray());
        }
        finally
        {
            if (buffer.Capacity <= MaxRetainedBufferBytes)
            {
                buffer.ResetWrittenCount();
                _threadBuffer = buffer;
            }
        }
    }

    /// <summary>Serialises <paramref name="message"/> into <paramref name="output"/> and returns its manifest.</summary>
    /// <exception cref="SerializationException">Its type is not registered, or its serializer failed.</exception>
    public string Serialize(object message, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(output);
        var type = message.GetType();
        if (!Volatile.Read(ref _registry).ByType.TryGetValue(type, out var registration))
        {
            throw new SerializationException(
                $"{type} is not registered for serialization, so it cannot be stored or sent. Register it at startup: " +
                $"Serialization.Get(system).Register<{type.Name}>(\"a-stable-manifest\") (the manifest is stored with the data: never change it).");
        }

        var outer = _currentSystem;
        _currentSystem = _system;
        try
        {
            registration.Serializer.ToBinary(message, output);
            return registration.Manifest;
        }
        catch (Exception e) when (e is not SerializationException)
        {
            throw new SerializationException($"Serializing {type} (manifest '{registration.Manifest}') with {registration.Serializer.GetType().Name} failed: {e.Message}", e);
        }
        finally
        {
            _currentSystem = outer;
        }
    }

    /// <summary>Deserialises bytes that were serialised as <paramref name="manifest"/>, into the type registered under it.</summary>
    /// <exception cref="SerializationException">No type is registered under the manifest, or its serializer failed.</exception>
    public object Deserialize(string manifest, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (!Volatile.Read(ref _registry).ByManifest.TryGetValue(manifest, out var registration))
        {
            throw new SerializationException(
                $"Unknown manifest '{manifest}': no type is registered under it, and only registered types are deserialised. " +
                $"Register the type at startup: Serialization.Get(system).Register<TheType>(\"{manifest}\").");
        }

        var outer = _currentSystem;
        _currentSystem = _system;
        try
        {
            return registration.Serializer.FromBinary(bytes, registration.Type);
        }
        catch (Exception e) when (e is not SerializationException)
        {
            throw new SerializationException($"Deserializing manifest '{manifest}' as {registration.Type} with {registration.Serializer.GetType().Name} failed: {e.Message}", e);
        }
        finally
        {
            _currentSystem = outer;
        }
    }
}

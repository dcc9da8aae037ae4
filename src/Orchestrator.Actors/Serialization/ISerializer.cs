using System.Buffers;

namespace Orchestrator.Actors.Serialization;

/// <summary>
/// Turns objects of registered types into bytes and back (Akka.NET's Serializer). One instance serves every
/// type registered with it and is called concurrently, so it must be thread-safe. It never chooses a type
/// from the bytes: the registry resolves the type from a manifest and passes it in, so only registered
/// types are ever decoded.
/// </summary>
public interface ISerializer
{
    /// <summary>A number that names this serializer on the wire and in storage; unique in a process. The built-in JSON serializer is 1.</summary>
    int Identifier { get; }

    /// <summary>Writes <paramref name="obj"/> to <paramref name="output"/>.</summary>
    void ToBinary(object obj, IBufferWriter<byte> output);

    /// <summary>Reads an object of <paramref name="type"/> (the type registered for the manifest) from <paramref name="bytes"/>.</summary>
    object FromBinary(ReadOnlySpan<byte> bytes, Type type);
}

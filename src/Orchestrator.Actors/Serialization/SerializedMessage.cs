namespace Orchestrator.Actors.Serialization;

/// <summary>A serialised message: the manifest its type is registered under, and its bytes.</summary>
/// <param name="Manifest">The stable name of the message's type, which <see cref="Serialization.Deserialize"/> takes back.</param>
/// <param name="Bytes">The serializer's output.</param>
public readonly record struct SerializedMessage(string Manifest, byte[] Bytes);

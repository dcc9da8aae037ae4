namespace Orchestrator.Actors.Serialization;

/// <summary>
/// A message could not be serialised or deserialised: its type or manifest is not registered, the
/// registration conflicts with another one, or its serializer failed (the inner exception).
/// </summary>
public sealed class SerializationException : Exception
{
    public SerializationException()
        : this("serialization failed")
    {
    }

    public SerializationException(string message)
        : base(message)
    {
    }

    public SerializationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

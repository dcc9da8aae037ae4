namespace Orchestrator.Actors.Remote;

/// <summary>
/// An exception that happened in another actor system and reached this one in a <see cref="Status.Failure"/>:
/// only its type name and message travel.
/// </summary>
public sealed class RemoteException : Exception
{
    public RemoteException()
        : this("?", "a remote failure")
    {
    }

    public RemoteException(string message)
        : this("?", message)
    {
    }

    public RemoteException(string message, Exception innerException)
        : base(message, innerException)
    {
        OriginalType = "?";
        OriginalMessage = message;
    }

    /// <summary>An exception of type <paramref name="originalType"/> with <paramref name="message"/>.</summary>
    public RemoteException(string originalType, string message)
        : base($"{originalType}: {message}")
    {
        OriginalType = originalType;
        OriginalMessage = message;
    }

    /// <summary>The full name of the exception's type in the system where it was thrown.</summary>
    public string OriginalType { get; }

    /// <summary>The exception's message in the system where it was thrown.</summary>
    public string OriginalMessage { get; }
}

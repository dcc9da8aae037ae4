namespace Orchestrator.Core.Manifests;

/// <summary>A manifest that cannot be read: the message names the source, the document and what is wrong.</summary>
public sealed class ManifestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ManifestException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ManifestException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ManifestException(string message)
        : base(message)
    {
    }
}

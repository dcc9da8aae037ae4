namespace Orchestrator.Node.Runtime;

/// <summary>A runtime call failed; <see cref="Kind"/> says how.</summary>
public sealed class ContainerRuntimeException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ContainerRuntimeException(ContainerRuntimeErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException) => Kind = kind;

    /// <summary>What went wrong.</summary>
    public ContainerRuntimeErrorKind Kind { get; }
}

namespace Orchestrator.Node.Runtime;

/// <summary>Which output stream of a container a log line came from.</summary>
public enum LogStream
{
    /// <summary>Standard output.</summary>
    Stdout,

    /// <summary>Standard error.</summary>
    Stderr,
}

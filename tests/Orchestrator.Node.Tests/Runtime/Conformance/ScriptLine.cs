using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Tests.Runtime.Conformance;

/// <summary>One line a scripted container prints, and to which stream.</summary>
public sealed record ScriptLine(LogStream Stream, string Text)
{
    /// <summary>A line to stdout.</summary>
    public static ScriptLine Out(string text) => new(LogStream.Stdout, text);

    /// <summary>A line to stderr.</summary>
    public static ScriptLine Err(string text) => new(LogStream.Stderr, text);
}

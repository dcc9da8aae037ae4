namespace Orchestrator.Node.Runtime;

/// <summary>One line a container wrote, without its line ending.</summary>
/// <param name="Timestamp">When the runtime received it.</param>
/// <param name="Stream">Stdout or stderr.</param>
/// <param name="Text">The line.</param>
public sealed record LogLine(DateTimeOffset Timestamp, LogStream Stream, string Text);

namespace Orchestrator.Node.Runtime;

/// <summary>Which lines of a container's log to read.</summary>
/// <param name="Follow">Keep reading new lines until the container exits or the read is cancelled.</param>
/// <param name="Tail">Start with only the last this many lines; all when null.</param>
public sealed record LogOptions(bool Follow = false, int? Tail = null);

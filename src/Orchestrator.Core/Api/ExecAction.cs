namespace Orchestrator.Core.Api;

/// <summary>A probe handler that runs a command inside the container, without a shell.</summary>
/// <param name="Command">The executable and its arguments; exit code 0 is success.</param>
public sealed record ExecAction(IReadOnlyList<string> Command);

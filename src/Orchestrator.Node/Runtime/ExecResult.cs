namespace Orchestrator.Node.Runtime;

/// <summary>The outcome of running a command inside a container.</summary>
/// <param name="ExitCode">The command's exit code.</param>
/// <param name="Output">What it wrote to stdout and stderr, truncated to a few KiB.</param>
/// <param name="TimedOut">Whether it was killed for running past its timeout.</param>
public sealed record ExecResult(int ExitCode, string Output, bool TimedOut);

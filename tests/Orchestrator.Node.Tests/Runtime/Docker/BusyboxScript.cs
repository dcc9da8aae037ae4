namespace Orchestrator.Node.Tests.Runtime.Docker;

/// <summary>
/// What busybox <c>sh</c> scripts need in a Docker container, beside the quoting and printing helpers they share with
/// the process runtime's (<see cref="Processes.BusyboxScripts"/>). The script is the container's pid 1, which the
/// kernel spares from signals it does not handle: a script that must end on SIGTERM traps it, as a real
/// container's entrypoint must, and waits in a way the trap can interrupt.
/// </summary>
internal static class BusyboxScript
{
    /// <summary>Runs until killed, in a way a trap interrupts at once (a foreground sleep would delay it).</summary>
    public const string Forever = "while :; do sleep 3600 & wait $!; done";

    /// <summary><c>sh -c script</c>.</summary>
    public static IReadOnlyList<string> Shell(string script) => ["sh", "-c", script];
}

using System.Globalization;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>Names of the signals that end processes, for the messages of exit codes above 128.</summary>
internal static class Signals
{
    private static readonly string[] Names =
    [
        "", "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1",
        "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
    ];

    /// <summary>The name of signal <paramref name="signal"/>, e.g. SIGTERM for 15.</summary>
    public static string Name(int signal) =>
        signal > 0 && signal < Names.Length ? Names[signal] : "signal " + signal.ToString(CultureInfo.InvariantCulture);

    /// <summary>What an exit code says: for 129 to 192, the signal that (by the shell's convention) ended the process.</summary>
    public static string? Describe(int exitCode) =>
        exitCode is > 128 and <= 192 ? $"Exit code {exitCode.ToString(CultureInfo.InvariantCulture)}: ended by {Name(exitCode - 128)}." : null;
}

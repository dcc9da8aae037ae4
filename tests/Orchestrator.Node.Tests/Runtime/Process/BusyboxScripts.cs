using System.Globalization;
using Orchestrator.Node.Tests.Runtime.Conformance;

namespace Orchestrator.Node.Tests.Runtime.Processes;

/// <summary>Shell scripts for busybox's <c>sh</c>, the words of the process runtime's conformance vocabulary.</summary>
internal static class BusyboxScripts
{
    /// <summary>A word quoted for sh.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>A duration as sleep takes it.</summary>
    public static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Echo each line to its stream, sleeping <paramref name="pause"/> before each.</summary>
    public static string Print(IReadOnlyList<ScriptLine> lines, TimeSpan pause) => string.Join(
        "; ",
        lines.Select(line => (pause > TimeSpan.Zero ? $"sleep {Seconds(pause)}; " : "")
            + $"echo {Quote(line.Text)}" + (line.Stream == Node.Runtime.LogStream.Stderr ? " >&2" : "")));
}

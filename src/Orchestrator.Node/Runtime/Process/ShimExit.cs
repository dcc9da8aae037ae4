using System.Globalization;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>What a container's shim records when the container has exited (<see cref="ContainerFiles.Exit"/>).</summary>
/// <param name="ExitCode">The exit code; 128 + n when signal n killed it (the shell's convention, as Docker reports it).</param>
/// <param name="FinishedAt">When it exited (the exit file's time).</param>
internal sealed record ShimExit(int ExitCode, DateTimeOffset FinishedAt)
{
    /// <summary>Reads the exit file of a container; null when the shim has not written it (the container runs, or the shim was killed).</summary>
    public static ShimExit? Read(ContainerFiles files)
    {
        try
        {
            var info = new FileInfo(files.Exit);
            return info.Exists && int.TryParse(File.ReadAllText(info.FullName).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                ? new ShimExit(code, new DateTimeOffset(info.LastWriteTimeUtc))
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}

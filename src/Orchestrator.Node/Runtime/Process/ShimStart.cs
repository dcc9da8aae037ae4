using System.Globalization;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// What a container's shim reports once the container runs (and writes to <see cref="ContainerFiles.Pid"/>):
/// its own pid and start time, and the container's. Start times are clock ticks after boot (/proc/&lt;pid&gt;/stat),
/// so that a pid reused by another process after a reboot or a long time is never taken for ours.
/// </summary>
/// <param name="ShimPid">The shim's pid.</param>
/// <param name="ShimStartTime">The shim's start time.</param>
/// <param name="Pid">The container's main process, leader of its own session and process group.</param>
/// <param name="StartTime">The container's start time; 0 when it had already ended when the shim looked (it is then never signalled).</param>
/// <param name="StartedAt">When it was started (the pid file's time).</param>
internal sealed record ShimStart(int ShimPid, ulong ShimStartTime, int Pid, ulong StartTime, DateTimeOffset StartedAt)
{
    /// <summary>Parses the shim's report "shim-pid shim-start pid start"; null when it is not one.</summary>
    public static ShimStart? Parse(string? line, DateTimeOffset startedAt)
    {
        var parts = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts is [var shimPid, var shimStart, var pid, var start]
            && int.TryParse(shimPid, NumberStyles.None, CultureInfo.InvariantCulture, out var shim)
            && ulong.TryParse(shimStart, NumberStyles.None, CultureInfo.InvariantCulture, out var shimTime)
            && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var main)
            && ulong.TryParse(start, NumberStyles.None, CultureInfo.InvariantCulture, out var mainTime)
                ? new ShimStart(shim, shimTime, main, mainTime, startedAt)
                : null;
    }

    /// <summary>Reads the pid file of a container; null when the shim has not written it (yet).</summary>
    public static ShimStart? Read(ContainerFiles files)
    {
        try
        {
            var info = new FileInfo(files.Pid);
            return info.Exists ? Parse(File.ReadAllText(info.FullName).Trim(), new DateTimeOffset(info.LastWriteTimeUtc)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}

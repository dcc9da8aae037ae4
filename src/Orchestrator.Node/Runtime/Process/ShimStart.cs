using System.Globalization;
using System.Numerics;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// What a container's shim reports once the container runs (and writes to <see cref="ContainerFiles.Pid"/>):
/// "shim-pid pid", its own pid and the container's. Their start times (clock ticks after boot, from
/// /proc/&lt;pid&gt;/stat) are looked up here rather than by the shim, whose shell can only read /proc a byte at a
/// time; with them, a pid reused by another process after a reboot or a long time is never taken for ours.
/// Shims of earlier versions reported the start times themselves ("shim-pid shim-start pid start"), which is
/// still read, so that a new agent adopts what an old one started.
/// </summary>
/// <param name="ShimPid">The shim's pid.</param>
/// <param name="ShimStartTime">The shim's start time; <see cref="ProcStat.NoStartTime"/> when that pid is not the shim (any more).</param>
/// <param name="Pid">The container's main process, leader of its own session and process group.</param>
/// <param name="StartTime">The container's start time; 0 when it had already ended when it was looked up (it is then never signalled).</param>
/// <param name="StartedAt">When it was started (the pid file's time).</param>
internal sealed record ShimStart(int ShimPid, ulong ShimStartTime, int Pid, ulong StartTime, DateTimeOffset StartedAt)
{
    /// <summary>
    /// Parses a shim's report; null when it is not one. <paramref name="shimStartTime"/> gives the start time of the
    /// shim with the reported pid, or <see cref="ProcStat.NoStartTime"/> when the process with that pid is not it; the
    /// container's is that of the shim's child with the reported pid.
    /// </summary>
    public static ShimStart? Parse(string? line, DateTimeOffset startedAt, Func<int, ulong> shimStartTime)
    {
        ArgumentNullException.ThrowIfNull(shimStartTime);
        var parts = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is [var shimPid, var pid] && TryParse(shimPid, out int shim) && TryParse(pid, out int main))
        {
            var shimTime = shimStartTime(shim);
            return new ShimStart(shim, shimTime, main, ChildStartTime(shim, shimTime, main), startedAt);
        }

        return parts is [var oldShimPid, var oldShimStart, var oldPid, var oldStart]
            && TryParse(oldShimPid, out int oldShim)
            && TryParse(oldShimStart, out ulong oldShimTime)
            && TryParse(oldPid, out int oldMain)
            && TryParse(oldStart, out ulong oldMainTime)
                ? new ShimStart(oldShim, oldShimTime, oldMain, oldMainTime, startedAt)
                : null;
    }

    /// <summary>
    /// Reads the pid file of a container; null when the shim has not written it (yet). The process with the shim's
    /// pid is taken for the shim only when its command line names this container's directory.
    /// </summary>
    public static ShimStart? Read(ContainerFiles files)
    {
        try
        {
            var info = new FileInfo(files.Pid);
            return info.Exists
                ? Parse(File.ReadAllText(info.FullName).Trim(), new DateTimeOffset(info.LastWriteTimeUtc), pid => StartTimeOfShim(pid, files))
                : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool TryParse<T>(string text, out T value)
        where T : struct, IBinaryInteger<T> =>
        T.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>The start time of the container's main process: the shim's child, while it runs; else 0.</summary>
    private static ulong ChildStartTime(int shimPid, ulong shimStartTime, int pid) =>
        shimStartTime != ProcStat.NoStartTime && ProcStat.Read(pid) is { Exited: false } stat && stat.ParentPid == shimPid ? stat.StartTime : 0;

    /// <summary>The start time of <paramref name="pid"/> if it is the shim of the container in <paramref name="files"/>.</summary>
    private static ulong StartTimeOfShim(int pid, ContainerFiles files) =>
        ProcStat.Read(pid) is { Exited: false } stat && Shim.Runs(pid, files) ? stat.StartTime : ProcStat.NoStartTime;
}

using System.Globalization;
using System.Text;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// The fields of /proc/&lt;pid&gt;/stat the process runtime uses. <see cref="StartTime"/> (clock ticks after boot)
/// names a process for good: a pid is reused once its process is gone, a (pid, start time) pair never is.
/// </summary>
/// <param name="Pid">The process id.</param>
/// <param name="State">The state letter: R, S, D, Z (zombie), X (dead), T...</param>
/// <param name="ParentPid">The parent's process id.</param>
/// <param name="ProcessGroup">The process group id.</param>
/// <param name="Session">The session id.</param>
/// <param name="UserTicks">User CPU time, in clock ticks.</param>
/// <param name="SystemTicks">System CPU time, in clock ticks.</param>
/// <param name="ChildrenTicks">User and system CPU time of its waited-for children, in clock ticks.</param>
/// <param name="StartTime">When it started, in clock ticks after boot.</param>
/// <param name="ResidentPages">Its resident set, in pages.</param>
internal sealed record ProcStat(
    int Pid, char State, int ParentPid, int ProcessGroup, int Session, ulong UserTicks, ulong SystemTicks, ulong ChildrenTicks, ulong StartTime, long ResidentPages)
{
    /// <summary>A start time no process has: that of a pid known not to be the process it was recorded for.</summary>
    public const ulong NoStartTime = ulong.MaxValue;

    /// <summary>Whether it has exited (a zombie is a process that has, waiting to be reaped).</summary>
    public bool Exited => State is 'Z' or 'X' or 'x';

    /// <summary>Reads the stat of <paramref name="pid"/>; null when there is no such process.</summary>
    public static ProcStat? Read(int pid)
    {
        try
        {
            // One open and one read: this is on the path of every container start and every stats round.
            using var handle = File.OpenHandle($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            Span<byte> buffer = stackalloc byte[1024];
            var length = RandomAccess.Read(handle, buffer, 0);
            return Parse(Encoding.ASCII.GetString(buffer[..length]));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>True when <paramref name="pid"/> is the process that started at <paramref name="startTime"/> and has not exited.</summary>
    public static bool IsAlive(int pid, ulong startTime) => Read(pid) is { Exited: false } stat && stat.StartTime == startTime;

    /// <summary>Parses one stat line. The command name, in parentheses, may itself hold spaces and parentheses.</summary>
    public static ProcStat Parse(string line)
    {
        var open = line.IndexOf(" (", StringComparison.Ordinal);
        var close = line.LastIndexOf(") ", StringComparison.Ordinal);
        if (open <= 0 || close < open)
        {
            throw new FormatException($"Not a /proc stat line: {line}");
        }

        // After the name come the fields from the 3rd (state) on; fields[i] is field i + 3 of proc(5).
        var fields = line[(close + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 22)
        {
            throw new FormatException($"A /proc stat line with too few fields: {line}");
        }

        return new ProcStat(
            int.Parse(line.AsSpan(0, open), CultureInfo.InvariantCulture),
            fields[0][0],
            int.Parse(fields[1], CultureInfo.InvariantCulture),
            int.Parse(fields[2], CultureInfo.InvariantCulture),
            int.Parse(fields[3], CultureInfo.InvariantCulture),
            ulong.Parse(fields[11], CultureInfo.InvariantCulture),
            ulong.Parse(fields[12], CultureInfo.InvariantCulture),
            (ulong)Math.Max(0, long.Parse(fields[13], CultureInfo.InvariantCulture)) + (ulong)Math.Max(0, long.Parse(fields[14], CultureInfo.InvariantCulture)),
            ulong.Parse(fields[19], CultureInfo.InvariantCulture),
            long.Parse(fields[21], CultureInfo.InvariantCulture));
    }
}

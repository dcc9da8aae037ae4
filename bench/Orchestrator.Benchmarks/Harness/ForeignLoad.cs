using System.Diagnostics;
using System.Globalization;

namespace Orchestrator.Benchmarks.Harness;

/// <summary>
/// How much of the machine other processes used while a scenario ran: CPU time the OS
/// counted as busy (Linux <c>/proc/stat</c>) minus this process's own, over the wall time
/// of all cores. A run that shared its cores with other work says so in its report.
/// </summary>
public sealed class ForeignLoad
{
    /// <summary>Above this share of the cores taken by others, the report warns that its figures are suspect.</summary>
    public const double SuspectShare = 0.10;

    private const string StatFile = "/proc/stat";
    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on

    private readonly double? _busySeconds;
    private readonly TimeSpan _ownCpu;
    private readonly long _started;

    private ForeignLoad()
    {
        _busySeconds = BusySeconds();
        _ownCpu = OwnCpu();
        _started = Stopwatch.GetTimestamp();
    }

    /// <summary>Starts measuring now.</summary>
    public static ForeignLoad Start() => new();

    /// <summary>The share (0-1) of all cores used by other processes since <see cref="Start"/>, or null where the OS does not tell.</summary>
    public double? Share()
    {
        if (_busySeconds is not { } busyBefore || BusySeconds() is not { } busyAfter)
        {
            return null;
        }

        var wall = Stopwatch.GetElapsedTime(_started).TotalSeconds * Environment.ProcessorCount;
        var foreign = busyAfter - busyBefore - (OwnCpu() - _ownCpu).TotalSeconds;
        return wall <= 0 ? null : Math.Clamp(foreign / wall, 0, 1);
    }

    private static TimeSpan OwnCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>Busy CPU seconds of the whole machine since boot: all time but idle and iowait.</summary>
    private static double? BusySeconds()
    {
        try
        {
            if (!File.Exists(StatFile))
            {
                return null;
            }

            using var reader = new StreamReader(StatFile);
            var fields = reader.ReadLine()?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields is null || fields.Length < 6 || fields[0] != "cpu")
            {
                return null;
            }

            var ticks = fields.Skip(1).Take(8).Select(field => long.Parse(field, CultureInfo.InvariantCulture)).ToArray();
            var idle = ticks[3] + ticks[4];
            return (ticks.Sum() - idle) / TicksPerSecond;
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

using System.Globalization;

namespace Orchestrator.Node.Stats;

/// <summary>Reads the machine's resources from Linux's <c>/proc/stat</c> and <c>/proc/meminfo</c>.</summary>
internal sealed class ProcNodeResourceReader(TimeProvider time, string procRoot = "/proc") : INodeResourceReader
{
    /// <summary>Linux reports CPU time in clock ticks of 1/USER_HZ s; USER_HZ is 100 on every architecture it runs on.</summary>
    private const ulong NanosecondsPerTick = 10_000_000;

    public async Task<NodeResourceSample?> ReadAsync(CancellationToken cancellationToken)
    {
        string stat;
        string meminfo;
        try
        {
            stat = await File.ReadAllTextAsync(Path.Combine(procRoot, "stat"), cancellationToken);
            meminfo = await File.ReadAllTextAsync(Path.Combine(procRoot, "meminfo"), cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }

        var (total, available) = ParseMemInfo(meminfo);
        return new NodeResourceSample(time.GetUtcNow(), ParseBusyCpu(stat), total, available, Environment.ProcessorCount);
    }

    /// <summary>
    /// Busy CPU time of all processors, from the first line of /proc/stat
    /// (<c>cpu user nice system idle iowait irq softirq steal ...</c>): everything but idle and iowait.
    /// </summary>
    internal static ulong ParseBusyCpu(string stat)
    {
        var line = stat.AsSpan(0, stat.IndexOf('\n') is var end and >= 0 ? end : stat.Length);
        var fields = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 8 || fields[0] != "cpu")
        {
            throw new FormatException($"Unexpected first line of /proc/stat: \"{line}\".");
        }

        ulong busy = 0;
        foreach (var index in (ReadOnlySpan<int>)[1, 2, 3, 6, 7, 8])
        {
            if (index < fields.Length)
            {
                busy += ulong.Parse(fields[index], NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        return busy * NanosecondsPerTick;
    }

    /// <summary>MemTotal and MemAvailable of /proc/meminfo, in bytes.</summary>
    internal static (ulong Total, ulong Available) ParseMemInfo(string meminfo)
    {
        ulong? total = null;
        ulong? available = null;
        foreach (var line in meminfo.Split('\n'))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var bytes = value * (parts.Length > 2 && parts[2] == "kB" ? 1024UL : 1UL);
            switch (parts[0])
            {
                case "MemTotal:":
                    total = bytes;
                    break;
                case "MemAvailable:":
                    available = bytes;
                    break;
            }
        }

        return total is { } t && available is { } a
            ? (t, a)
            : throw new FormatException("/proc/meminfo has no MemTotal or no MemAvailable line.");
    }
}

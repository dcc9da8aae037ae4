using System.Globalization;

namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// Containers in cgroup v2 groups, one per container under <see cref="ProcessSettings.CgroupParent"/>: memory
/// (memory.max, OOM kills counted in memory.events) and CPU (cpu.max) limits, and usage (cpu.stat,
/// memory.current) that includes every process of the container. Used only where /sys/fs/cgroup is a writable
/// cgroup2 mount offering the memory and cpu controllers; elsewhere <see cref="Detect"/> returns null and the
/// runtime falls back to rlimits and /proc.
/// </summary>
internal sealed class Cgroups
{
    private const string Mount = "/sys/fs/cgroup";
    private const long CpuPeriodMicros = 100_000;

    private readonly string _parent;

    private Cgroups(string parent) => _parent = parent;

    /// <summary>The cgroups of this host when they can be used (creating the parent group), else null and why.</summary>
    public static (Cgroups? Cgroups, string? Reason) Detect(ProcessSettings settings)
    {
        if (!settings.UseCgroups)
        {
            return (null, "cgroups = off");
        }

        try
        {
            var controllers = File.Exists(Path.Combine(Mount, "cgroup.controllers"))
                ? File.ReadAllText(Path.Combine(Mount, "cgroup.controllers")).Split(' ', StringSplitOptions.TrimEntries)
                : [];
            if (!controllers.Contains("memory") || !controllers.Contains("cpu"))
            {
                return (null, $"{Mount} is not a cgroup2 mount with the memory and cpu controllers");
            }

            var parent = Path.Combine(Mount, settings.CgroupParent);
            Directory.CreateDirectory(parent);
            var directory = Mount;
            foreach (var part in settings.CgroupParent.Split('/'))
            {
                File.WriteAllText(Path.Combine(directory, "cgroup.subtree_control"), "+memory +cpu");
                directory = Path.Combine(directory, part);
            }

            File.WriteAllText(Path.Combine(parent, "cgroup.subtree_control"), "+memory +cpu");
            return (new Cgroups(parent), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cgroup v2 is not writable here: {e.Message}");
        }
    }

    /// <summary>The cpu.max value for a limit of <paramref name="cpuMillis"/> thousandths of a core.</summary>
    public static string CpuMax(long cpuMillis) =>
        $"{Math.Max(1000, cpuMillis * CpuPeriodMicros / 1000).ToString(CultureInfo.InvariantCulture)} {CpuPeriodMicros.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The value of <paramref name="key"/> in a flat-keyed cgroup file (cpu.stat, memory.stat, memory.events).</summary>
    public static ulong? FlatKey(string content, string key)
    {
        foreach (var line in content.Split('\n'))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && line.AsSpan(0, space).SequenceEqual(key)
                && ulong.TryParse(line.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>Creates the group of a container with its limits; returns its directory.</summary>
    public string Create(string containerId, ContainerResources resources)
    {
        var path = Path.Combine(_parent, containerId);
        Directory.CreateDirectory(path);
        if (resources.MemoryBytes is { } memory)
        {
            File.WriteAllText(Path.Combine(path, "memory.max"), memory.ToString(CultureInfo.InvariantCulture));
            TryWrite(Path.Combine(path, "memory.swap.max"), "0");
        }

        if (resources.CpuMillis is { } cpu)
        {
            File.WriteAllText(Path.Combine(path, "cpu.max"), CpuMax(cpu));
        }

        return path;
    }

    /// <summary>CPU time used (ns), working set and limit of a group; null when it is gone.</summary>
    public static (ulong CpuNanoseconds, ulong WorkingSet, ulong? Limit)? Usage(string path)
    {
        try
        {
            var cpu = FlatKey(File.ReadAllText(Path.Combine(path, "cpu.stat")), "usage_usec") ?? 0;
            var current = ulong.Parse(File.ReadAllText(Path.Combine(path, "memory.current")).Trim(), CultureInfo.InvariantCulture);
            var inactive = FlatKey(File.ReadAllText(Path.Combine(path, "memory.stat")), "inactive_file") ?? 0;
            var max = File.ReadAllText(Path.Combine(path, "memory.max")).Trim();
            ulong? limit = max == "max" ? null : ulong.Parse(max, CultureInfo.InvariantCulture);
            return (cpu * 1000, current > inactive ? current - inactive : current, limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Whether the kernel's OOM killer killed a process of the group.</summary>
    public static bool OomKilled(string path)
    {
        try
        {
            return FlatKey(File.ReadAllText(Path.Combine(path, "memory.events")), "oom_kill") is > 0;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Removes a group whose processes are gone.</summary>
    public static void Remove(string path) => TryDelete(path);

    private static void TryWrite(string path, string value)
    {
        try
        {
            File.WriteAllText(path, value);
        }
        catch (IOException)
        {
            // memory.swap.max exists only with swap accounting.
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Still busy (a process not yet reaped) or already gone; the parent group keeps it until the next removal.
        }
    }
}

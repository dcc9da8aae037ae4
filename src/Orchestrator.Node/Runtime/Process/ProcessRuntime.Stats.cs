using System.Globalization;

namespace Orchestrator.Node.Runtime.Processes;

public sealed partial class ProcessRuntime
{
    /// <inheritdoc/>
    /// <remarks>
    /// With cgroups, the group's cpu.stat and memory.current less inactive file pages; otherwise the sum, over
    /// every process of the container's session, of its CPU time (its own and its reaped children's) and its
    /// resident set, from /proc. A container that is not running uses nothing.
    /// </remarks>
    public async Task<ContainerStats> ContainerStatsAsync(string containerId, CancellationToken cancellationToken)
    {
        await HostAsync();
        var container = Container(containerId);
        var limit = container.Record.Config.Resources.MemoryBytes is { } bytes ? (ulong)bytes : (ulong?)null;
        var now = _time.GetUtcNow();
        if (container.State != ContainerState.Running)
        {
            return new ContainerStats(containerId, now, 0, 0, limit);
        }

        if (container.Record.Cgroup is { } cgroup && Cgroups.Usage(cgroup) is var (cpu, workingSet, cgroupLimit))
        {
            return new ContainerStats(containerId, now, cpu, workingSet, cgroupLimit ?? limit);
        }

        if (await container.Report.WaitAsync(cancellationToken) is not { } started)
        {
            return new ContainerStats(containerId, now, 0, 0, limit);
        }

        var (ticks, pages) = await Task.Run(() => SessionUsage(started.Pid), cancellationToken);
        var nanoseconds = ticks * (ulong)(1_000_000_000 / Libc.ClockTicksPerSecond);
        return new ContainerStats(containerId, now, nanoseconds, (ulong)pages * (ulong)Environment.SystemPageSize, limit);
    }

    /// <summary>CPU ticks and resident pages of every process of the session <paramref name="session"/>.</summary>
    private static (ulong Ticks, long Pages) SessionUsage(int session)
    {
        ulong ticks = 0;
        long pages = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && ProcStat.Read(pid) is { Exited: false } stat
                && stat.Session == session)
            {
                ticks += stat.UserTicks + stat.SystemTicks + stat.ChildrenTicks;
                pages += stat.ResidentPages;
            }
        }

        return (ticks, pages);
    }
}

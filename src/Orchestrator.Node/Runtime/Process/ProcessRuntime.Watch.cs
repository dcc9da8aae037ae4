namespace Orchestrator.Node.Runtime.Processes;

public sealed partial class ProcessRuntime
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Watches a running container's shim through a pidfd on the epoll loop (any process can be watched so, not
    /// only a child: adopted shims too), and records the container's exit when the shim ends.
    /// </summary>
    private void Watch(Host host, ProcessContainer container, bool spawnedHere)
    {
        var (shimPid, shimStartTime) = container.ShimIdentity!.Value;
        var fd = (int)Libc.syscall(Libc.SYS_pidfd_open, shimPid, 0);
        if (fd < 0)
        {
            if (Libc.Errno == Libc.ESRCH)
            {
                OnShimEnded(host, container);
            }
            else
            {
                _ = PollAsync(host, container);
            }

            return;
        }

        lock (container)
        {
            // Under the lock, so that an end seen at once on the loop finds the watch to remove.
            container.ShimWatch = (fd, host.Loop.Add(fd, () => OnShimEnded(host, container)));
        }

        // The pid may have been another process's by the time the pidfd was opened: then ours is gone. (A shim
        // spawned here is a child not yet reaped, whose pid cannot have been reused.)
        if (!spawnedHere && !ProcStat.IsAlive(shimPid, shimStartTime))
        {
            OnShimEnded(host, container);
        }
    }

    /// <summary>Where there are no pidfds (Linux before 5.3): looks at /proc now and then.</summary>
    private async Task PollAsync(Host host, ProcessContainer container)
    {
        var (shimPid, shimStartTime) = container.ShimIdentity!.Value;
        while (ProcStat.IsAlive(shimPid, shimStartTime) && Volatile.Read(ref _disposed) == 0)
        {
            await Task.Delay(PollInterval, _time);
        }

        OnShimEnded(host, container);
    }

    private void OnShimEnded(Host host, ProcessContainer container)
    {
        if (!container.ClaimExit())
        {
            return;
        }

        Unwatch(host, container);
        // Reaped here when this process spawned it, this instance or an earlier one in the same process.
        container.ShimExitCode = Shim.Reap(container.ShimIdentity!.Value.Pid);

        container.Log?.Complete();
        _ = RecordExitAsync(container);
    }

    /// <summary>Once the shim's report has been read (a failed start's error with it), records the exit the shim wrote.</summary>
    private async Task RecordExitAsync(ProcessContainer container)
    {
        try
        {
            await container.Report;
        }
        catch (Exception e)
        {
            container.StartError ??= $"The shim's report was lost: {e.Message}";
        }

        var exit = ShimExit.Read(container.Files);
        if (exit is null && container.StartError is not null && container.ShimExitCode is { } code)
        {
            exit = new ShimExit(code, _time.GetUtcNow());
        }

        container.MarkExited(exit, container.Record.Cgroup is { } cgroup && Cgroups.OomKilled(cgroup));
        if (exit is null)
        {
            LogShimLost(_logger, container.Record.Id, container.ShimIdentity!.Value.Pid);
        }
        else
        {
            LogExited(_logger, container.Record.Id, exit.ExitCode);
        }
    }

    private static void Unwatch(Host host, ProcessContainer container)
    {
        lock (container)
        {
            if (container.ShimWatch is var (fd, token))
            {
                container.ShimWatch = null;
                host.Loop.Remove(token, fd);
                Libc.close(fd);
            }
        }
    }
}

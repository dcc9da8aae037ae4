namespace Orchestrator.Node.Runtime.Processes;

public sealed partial class ProcessRuntime
{
    /// <inheritdoc/>
    public async Task StopContainerAsync(string containerId, TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        await HostAsync();
        if (!_containers.TryGetValue(containerId, out var container))
        {
            return;
        }

        await container.Gate.WaitAsync(cancellationToken);
        try
        {
            await StopAsync(container, gracePeriod, cancellationToken);
        }
        finally
        {
            container.Gate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task RemoveContainerAsync(string containerId, CancellationToken cancellationToken)
    {
        var host = await HostAsync();
        if (!_containers.TryGetValue(containerId, out var container))
        {
            return;
        }

        await container.Gate.WaitAsync(cancellationToken);
        try
        {
            await StopAsync(container, TimeSpan.Zero, cancellationToken);
            if (!_containers.TryRemove(containerId, out _))
            {
                return;
            }

            Unwatch(host, container);
            container.Log?.Dispose();
            container.MarkRemoved();
            DeleteTree(container.Files.Directory);
            host.Journal.Remove(containerId);
            if (container.Record.Cgroup is { } cgroup)
            {
                Cgroups.Remove(cgroup);
            }
        }
        finally
        {
            container.Gate.Release();
        }
    }

    /// <summary>SIGTERM to the container's process group, SIGKILL once the grace period is over; returns once it has exited.</summary>
    private async Task StopAsync(ProcessContainer container, TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        if (container.State != ContainerState.Running)
        {
            return;
        }

        // Signals go to the container's own process group, known from the shim's report.
        if (await container.Report.WaitAsync(cancellationToken) is not { } started)
        {
            await container.Exited.WaitAsync(cancellationToken);
            return;
        }

        if (gracePeriod > TimeSpan.Zero)
        {
            Signal(container, started, Libc.SIGTERM);
            try
            {
                await container.Exited.WaitAsync(gracePeriod, _time, cancellationToken);
                return;
            }
            catch (TimeoutException)
            {
                container.KilledBecause = $"Killed by SIGKILL: still running {gracePeriod.TotalSeconds:0.###}s after SIGTERM.";
            }
        }
        else
        {
            container.KilledBecause = "Killed by SIGKILL.";
        }

        Signal(container, started, Libc.SIGKILL);
        await container.Exited.WaitAsync(cancellationToken);
    }

    /// <summary>Signals the container's process group (its main process leads it), if its main process is still ours.</summary>
    private void Signal(ProcessContainer container, ShimStart started, int signal)
    {
        if (!ProcStat.IsAlive(started.Pid, started.StartTime))
        {
            // Already gone; the shim reaps it and records the exit.
            return;
        }

        if (Libc.kill(-started.Pid, signal) != 0 && Libc.Errno == Libc.ESRCH)
        {
            // The shim's child has not yet made its own session and group: signal it alone.
            Libc.kill(started.Pid, signal);
        }

        LogSignalled(_logger, container.Record.Id, Signals.Name(signal), started.Pid);
    }
}

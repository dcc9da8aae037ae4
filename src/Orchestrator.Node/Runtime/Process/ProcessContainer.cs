namespace Orchestrator.Node.Runtime.Processes;

/// <summary>
/// The process runtime's live view of one container: its record, its shim, what the shim reported, its log
/// writer, and a task that completes when it has exited. Calls that change it (start, stop, remove) take
/// <see cref="Gate"/>; its exit is recorded once, by whoever sees the shim end first.
/// </summary>
/// <remarks>
/// A container runs from the moment its shim is spawned (as a Docker container runs once runc's init process
/// is there); the shim's report of the container's own pid (<see cref="Report"/>) follows a few milliseconds
/// later, and what needs that pid (signals, usage) waits for it.
/// </remarks>
internal sealed class ProcessContainer(ContainerRecord record, ContainerFiles files)
{
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _exitHandled;

    public ContainerRecord Record { get; } = record;

    public ContainerFiles Files { get; } = files;

    /// <summary>Serialises start, stop and remove.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>The shim's pid and start time, once it is spawned (or found, for an adopted container).</summary>
    public (int Pid, ulong StartTime)? ShimIdentity { get; private set; }

    /// <summary>The shim's report, once it has come: the container's pid and start.</summary>
    public ShimStart? Started { get; private set; }

    /// <summary>Completes with the shim's report, or null when the shim failed before it could start the container.</summary>
    public Task<ShimStart?> Report { get; private set; } = Task.FromResult<ShimStart?>(null);

    /// <summary>Why the shim could not start the container, when it could not.</summary>
    public string? StartError { get; set; }

    /// <summary>What the shim recorded when it exited.</summary>
    public ShimExit? Exit { get; private set; }

    /// <summary>True when the shim ended without recording an exit (it was killed): the outcome is unknown.</summary>
    public bool Lost { get; private set; }

    /// <summary>True when the kernel's OOM killer ended it (known only with cgroups).</summary>
    public bool OomKilled { get; private set; }

    /// <summary>Why the runtime killed it, when it did: the message of its status.</summary>
    public string? KilledBecause { get; set; }

    /// <summary>Copies its output into its log while it runs.</summary>
    public ContainerLogWriter? Log { get; set; }

    /// <summary>The shim's own exit code, once reaped here: what a shim that could not start the container exited with.</summary>
    public int? ShimExitCode { get; set; }

    /// <summary>The pidfd of the shim and its token in the <see cref="EpollLoop"/>, while watched.</summary>
    public (int Fd, ulong Token)? ShimWatch { get; set; }

    /// <summary>Completes when the container has exited (or was removed).</summary>
    public Task Exited => _exited.Task;

    public ContainerState State => Exit is not null ? ContainerState.Exited
        : Lost ? ContainerState.Unknown
        : ShimIdentity is not null ? ContainerState.Running
        : ContainerState.Created;

    /// <summary>A container found running (or exited) with its shim's report on disk.</summary>
    public void Adopt(ShimStart started)
    {
        Started = started;
        ShimIdentity = (started.ShimPid, started.ShimStartTime);
        Report = Task.FromResult<ShimStart?>(started);
    }

    /// <summary>A container whose shim was just spawned; <paramref name="report"/> sets <see cref="Started"/> when it comes.</summary>
    public void Spawned(int shimPid, ulong shimStartTime, Func<ProcessContainer, Task<ShimStart?>> report)
    {
        ShimIdentity = (shimPid, shimStartTime);
        Report = ReportAsync(report);
    }

    /// <summary>Claims the handling of the shim's end; true for the first caller only.</summary>
    public bool ClaimExit() => Interlocked.Exchange(ref _exitHandled, 1) == 0;

    /// <summary>Records how it ended and wakes its waiters.</summary>
    public void MarkExited(ShimExit? exit, bool oomKilled)
    {
        Exit = exit;
        Lost = exit is null;
        OomKilled = oomKilled;
        _exited.TrySetResult();
    }

    /// <summary>Wakes its waiters when it is removed before it ever ran or exited.</summary>
    public void MarkRemoved() => _exited.TrySetResult();

    private async Task<ShimStart?> ReportAsync(Func<ProcessContainer, Task<ShimStart?>> report)
    {
        Started = await report(this);
        return Started;
    }
}

using System.Collections.Immutable;

namespace Orchestrator.Actors;

/// <summary>Running the phases.</summary>
public sealed partial class CoordinatedShutdown
{
    private volatile bool _runningClrHook;

    /// <summary>
    /// Runs the tasks of every phase (from <paramref name="fromPhase"/> on, when given) in dependency order.
    /// Only the first call runs anything: later calls return the same task, whatever their reason.
    /// </summary>
    /// <param name="reason">Why the shutdown runs; kept in <see cref="ShutdownReason"/>.</param>
    /// <param name="fromPhase">The first phase to run; the phases ordered before it are skipped.</param>
    /// <returns>
    /// A task that completes when the last phase is done, or fails when a phase with <c>recover = off</c>
    /// has a failing task or times out (the remaining phases are then skipped).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="fromPhase"/> is not configured.</exception>
    public Task<Done> Run(Reason reason, string? fromPhase = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (fromPhase is not null)
        {
            PhaseNamed(fromPhase);
        }

        if (Interlocked.CompareExchange(ref _reason, reason, null) is null)
        {
            Log.RunStarting(_log, reason);
            var phases = fromPhase is null ? _settings.OrderedPhases : [.. _settings.OrderedPhases.SkipWhile(name => name != fromPhase)];

            // Off the caller's thread: Terminate() may be called from inside an actor or a signal handler.
            _ = Task.Run(() => RunPhasesAsync(phases));
        }

        return _runPromise.Task;
    }

    private async Task RunPhasesAsync(IReadOnlyList<string> phases)
    {
        var current = "";
        try
        {
            foreach (var name in phases)
            {
                current = name;
                await RunPhaseAsync(_settings.Phases[name]).ConfigureAwait(false);
            }

            _runPromise.TrySetResult(Done.Instance);
        }
        catch (Exception e)
        {
            Log.RunFailed(_log, current, e.Message, e);
            _runPromise.TrySetException(e);
        }

        if (_settings.ExitClr && !_runningClrHook)
        {
            ExitProcess(0);
        }
    }

    private async Task RunPhaseAsync(ShutdownPhase phase)
    {
        var tasks = Volatile.Read(ref _tasks).GetValueOrDefault(phase.Name, []);
        if (!phase.Enabled)
        {
            Log.PhaseDisabled(_log, phase.Name, tasks.Count);
            return;
        }

        Log.PhaseStarting(_log, phase.Name, tasks.Count, string.Join(", ", tasks.Select(task => task.Name)));
        if (tasks.IsEmpty)
        {
            return;
        }

        // The deadline starts before the tasks, so a test that sees a task begin may advance virtual time past it.
        using var stopDeadline = new CancellationTokenSource();
        var deadline = Task.Delay(phase.Timeout, _system.TimeProvider, stopDeadline.Token);
        var all = Task.WhenAll(tasks.Select(task => Start(phase, task)));
        if (await Task.WhenAny(all, deadline).ConfigureAwait(false) == all)
        {
            await stopDeadline.CancelAsync().ConfigureAwait(false);
            await all.ConfigureAwait(false);
            return;
        }

        if (!phase.Recover)
        {
            throw new TimeoutException($"Coordinated shutdown phase [{phase.Name}] timed out after {phase.Timeout}.");
        }

        Log.PhaseTimedOut(_log, phase.Name, phase.Timeout);
    }

    /// <summary>Starts one task; with <c>recover = on</c> its failure is logged and becomes success.</summary>
    private Task<Done> Start(ShutdownPhase phase, PhaseTask task)
    {
        Task<Done> running;
        try
        {
            running = task.Start() ?? throw new InvalidOperationException("The task delegate returned null instead of a task.");
        }
        catch (Exception e)
        {
            running = Task.FromException<Done>(e);
        }

        return phase.Recover ? RecoverAsync(phase, task, running) : running;
    }

    private async Task<Done> RecoverAsync(ShutdownPhase phase, PhaseTask task, Task<Done> running)
    {
        try
        {
            return await running.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Log.TaskFailed(_log, task.Name, phase.Name, e.Message, e);
            return Done.Instance;
        }
    }
}

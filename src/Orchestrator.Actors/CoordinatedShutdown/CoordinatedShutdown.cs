using System.Collections.Immutable;
using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors;

/// <summary>
/// Stops a process in an orderly way, as Akka's <c>CoordinatedShutdown</c>: modules and applications add
/// tasks to named phases (<c>orch.coordinated-shutdown.phases</c>), and <see cref="Run"/> performs the
/// phases one after another in dependency order, the tasks of one phase concurrently, each phase bounded
/// by its timeout. The last phase terminates the actor system. By default
/// <see cref="ActorSystem.Terminate"/>, process exit, SIGTERM and SIGINT all run it.
/// </summary>
public sealed partial class CoordinatedShutdown : IExtension
{
    private readonly ActorSystemImpl _system;
    private readonly CoordinatedShutdownSettings _settings;
    private readonly ILogger _log;
    private readonly TaskCompletionSource<Done> _runPromise = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ImmutableDictionary<string, ImmutableList<PhaseTask>> _tasks = ImmutableDictionary.Create<string, ImmutableList<PhaseTask>>(StringComparer.Ordinal);
    private Reason? _reason;

    // The Timeout method hides System.Threading.Timeout inside this class.
    private static TimeSpan InfiniteTimeout => global::System.Threading.Timeout.InfiniteTimeSpan;

    internal CoordinatedShutdown(ActorSystemImpl system, CoordinatedShutdownSettings settings)
    {
        _system = system;
        _settings = settings;
        _log = system.LoggerFactory.CreateLogger<CoordinatedShutdown>();
        if (settings.TerminateActorSystem)
        {
            AddTask(PhaseActorSystemTerminate, "terminate-system", TerminateSystemAsync);
        }

        if (settings.RunByActorSystemTerminate)
        {
            system.TerminationHook = TerminateThroughShutdownAsync;
        }

        if (settings.RunByClrShutdownHook)
        {
            var hook = new ClrShutdownHook(OnProcessExit, OnSignal);
            ClrHook = hook;
            system.WhenTerminated.ContinueWith(static (_, state) => ((ClrShutdownHook)state!).Dispose(), hook, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>The system this extension shuts down.</summary>
    public ActorSystem System => _system;

    /// <summary>Why the shutdown runs, as given to the first <see cref="Run"/>; null until then.</summary>
    public Reason? ShutdownReason => Volatile.Read(ref _reason);

    /// <summary>The sum of the timeouts of the enabled phases that have tasks: the longest a run can take.</summary>
    public TimeSpan TotalTimeout
    {
        get
        {
            var timeouts = Volatile.Read(ref _tasks).Keys.Select(name => _settings.Phases[name]).Where(phase => phase.Enabled).Select(phase => phase.Timeout).ToList();
            return timeouts.Contains(InfiniteTimeout) ? InfiniteTimeout : timeouts.Aggregate(TimeSpan.Zero, (total, timeout) => total + timeout);
        }
    }

    /// <summary>The phase names in the order a run performs them.</summary>
    internal IReadOnlyList<string> OrderedPhases => _settings.OrderedPhases;

    /// <summary>The process-exit and signal registrations, while they are in place (null when <c>run-by-clr-shutdown-hook = off</c>).</summary>
    internal ClrShutdownHook? ClrHook { get; }

    /// <summary>Exits the process after a run when <c>exit-clr = on</c>; replaceable so that tests can observe it.</summary>
    internal Action<int> ExitProcess { get; set; } = Environment.Exit;

    /// <summary>The extension of <paramref name="system"/>.</summary>
    public static CoordinatedShutdown Get(ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return CoordinatedShutdownExtension.Instance.Get(system);
    }

    /// <summary>The configured timeout of <paramref name="phase"/>.</summary>
    /// <exception cref="ArgumentException">The phase is not configured.</exception>
    public TimeSpan Timeout(string phase) => PhaseNamed(phase).Timeout;

    /// <summary>
    /// Adds a task to a phase; earlier tasks stay. Tasks of one phase run concurrently, and the next phase
    /// starts once all of them have completed (or the phase timed out). Add tasks early: a task added to a
    /// phase that has already run is never run; a task of an earlier phase may add one to a later phase.
    /// </summary>
    /// <param name="phase">A configured phase, such as <see cref="PhaseServiceUnbind"/>.</param>
    /// <param name="taskName">A name for logs.</param>
    /// <param name="task">Starts the work and returns its completion.</param>
    /// <exception cref="ArgumentException">The phase is not configured.</exception>
    public void AddTask(string phase, string taskName, Func<Task<Done>> task)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskName);
        ArgumentNullException.ThrowIfNull(task);
        PhaseNamed(phase);
        var added = new PhaseTask(taskName, task);
        ImmutableInterlocked.AddOrUpdate(ref _tasks, phase, _ => [added], (_, tasks) => tasks.Add(added));
    }

    private ShutdownPhase PhaseNamed(string phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return _settings.Phases.TryGetValue(phase, out var found)
            ? found
            : throw new ArgumentException(
                $"Unknown coordinated shutdown phase [{phase}]; known phases: [{string.Join(", ", _settings.OrderedPhases)}]. Phases are defined in orch.coordinated-shutdown.phases.",
                nameof(phase));
    }

    /// <summary>The last phase's task: stop the hierarchy and wait for it (bounded by the phase's timeout).</summary>
    private async Task<Done> TerminateSystemAsync()
    {
        _system.FinalTerminate();
        await _system.WhenTerminated.ConfigureAwait(false);
        return Done.Instance;
    }

    /// <summary><see cref="ActorSystem.Terminate"/>: run the shutdown (or join the run under way), then make sure the system is gone.</summary>
    private async Task TerminateThroughShutdownAsync()
    {
        try
        {
            await Run(ActorSystemTerminateReason.Instance).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Already logged by the run; Terminate() still terminates.
        }

        _system.FinalTerminate();
        await _system.WhenTerminated.ConfigureAwait(false);
    }

    /// <summary>A task added to a phase.</summary>
    private sealed record PhaseTask(string Name, Func<Task<Done>> Start);
}

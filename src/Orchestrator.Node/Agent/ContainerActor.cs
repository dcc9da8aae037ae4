using Microsoft.Extensions.Logging;
using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Internal;
using Orchestrator.Node.Probes;
using Orchestrator.Node.Runtime;
using ContainerState = Orchestrator.Core.Api.ContainerState;
using ContainerStatus = Orchestrator.Core.Api.ContainerStatus;

namespace Orchestrator.Node.Agent;

/// <summary>
/// Supervises one container of a pod: adopts what the runtime already runs for it (by labels),
/// creates and starts it otherwise, watches it exit, restarts it as the pod's restart policy says
/// with the kubelet's CrashLoopBackOff, runs its probes, and reports its Kubernetes status to the
/// pod actor. Runtime calls run off the actor's thread and come back as messages; a runtime
/// failure becomes a waiting reason and a retry, while anything else is a bug that restarts this
/// actor, which re-reads the container's state from the runtime and carries on: the container is
/// never started twice.
/// </summary>
internal sealed partial class ContainerActor : ActorBase, IWithTimers
{
    private static long _lastOp;
    private readonly AgentSettings _settings;
    private readonly IContainerRuntime _runtime;
    private readonly Pod _pod;
    private readonly Container _spec;
    private readonly string _sandboxId;
    private readonly string? _podIp;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _lifetime = new();
    private Phase _phase = Phase.Adopting;
    private long _op;
    private string? _containerId;
    private string _imageId = "";
    private int _restartCount;
    private int _nextAttempt;
    private ContainerStateTerminated? _lastTerminated;
    private ContainerStateTerminated? _replaced;
    private ContainerState _state = ContainerState.WaitingFor(Reasons.ContainerCreating);
    private CrashLoopBackOff _backOff;
    private TimeSpan? _stopGrace;
    private ContainerStatus? _reported;

    private ContainerActor(AgentSettings settings, IContainerRuntime runtime, Pod pod, Container spec, string sandboxId, string? podIp)
    {
        _settings = settings;
        _runtime = runtime;
        _pod = pod;
        _spec = spec;
        _sandboxId = sandboxId;
        _podIp = podIp;
        _backOff = settings.BackOff;
        _log = Context.System.LoggerFactory.CreateLogger<ContainerActor>();
    }

    /// <summary>Where the actor is in the container's life.</summary>
    private enum Phase
    {
        /// <summary>Reading what the runtime has for this container.</summary>
        Adopting,

        /// <summary>Ensuring the image, creating and starting a container.</summary>
        Launching,

        /// <summary>The container runs.</summary>
        Running,

        /// <summary>Waiting out a back-off before the next launch.</summary>
        Waiting,

        /// <summary>The container exited and will not be restarted.</summary>
        Exited,

        /// <summary>The pod is terminating: stopping the container.</summary>
        Stopping,

        /// <summary>Stopped for good; only the pod's removal follows.</summary>
        Stopped,
    }

    /// <summary>Set by the runtime.</summary>
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of the actor for container <paramref name="spec"/> of <paramref name="pod"/>, in sandbox <paramref name="sandboxId"/>.</summary>
    public static Props Props(AgentSettings settings, IContainerRuntime runtime, Pod pod, Container spec, string sandboxId, string? podIp) =>
        Orchestrator.Actors.Props.Create(() => new ContainerActor(settings, runtime, pod, spec, sandboxId, podIp));

    protected override void PreStart() => Adopt();

    protected override void PreRestart(Exception reason, object? message)
    {
        Log.Restarting(_log, _spec.Name, RuntimeConfigs.Describe(_pod), reason);

        // The next incarnation starts by adopting the container; if the pod was stopping it, it must go on.
        if (_stopGrace is { } grace)
        {
            Self.Tell(new StopContainer(grace), Context.Parent);
        }

        base.PreRestart(reason, message);
    }

    protected override void PostStop()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case Adopted adopted when adopted.Op == _op:
                OnAdopted(adopted.Containers);
                return true;
            case AdoptFailed failed when failed.Op == _op:
                OnAdoptFailed(failed.Message);
                return true;
            case Launched launched when launched.Op == _op:
                OnLaunched(launched);
                return true;
            case LaunchFailed failed when failed.Op == _op:
                OnLaunchFailed(failed);
                return true;
            case Exited exited when exited.ContainerId == _containerId:
                OnExited(exited.Status);
                return true;
            case WaitFailed failed when failed.ContainerId == _containerId:
                OnWaitFailed(failed.Error);
                return true;
            case Retry retry when retry.Op == _op:
                OnRetry();
                return true;
            case StopContainer stop:
                OnStop(stop.GracePeriod);
                return true;
            case StopDone done when done.Op == _op:
                OnStopDone(done.Status);
                return true;
            case ProbeResultChanged changed:
                OnProbeResult(changed);
                return true;
            case Faulted faulted when faulted.Op == _op:
                // Not a runtime failure but a bug: restart this actor, which re-reads the runtime.
                throw new InvalidOperationException($"Container {_spec.Name} of pod {RuntimeConfigs.Describe(_pod)}: {faulted.Error.Message}", faulted.Error);
            case IStale:
                return true;
            default:
                return false;
        }
    }

    /// <summary>A new operation: results of earlier ones are stale from now on.</summary>
    private long NextOp() => _op = Interlocked.Increment(ref _lastOp);

    /// <summary>Pipes <paramref name="task"/>'s result to this actor; a failure that is not the runtime's comes back as <see cref="Faulted"/>.</summary>
    private void Pipe(Task<object> task, long op) => task.PipeTo(Self, failure: e => new Faulted(op, e));
}

using Microsoft.Extensions.Logging;
using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Internal;
using Orchestrator.Node.Agent.Messages;
using Orchestrator.Node.Runtime;
using ContainerStatus = Orchestrator.Core.Api.ContainerStatus;

namespace Orchestrator.Node.Agent;

/// <summary>
/// Runs one pod: adopts or creates its sandbox, runs a <see cref="ContainerActor"/> per container,
/// computes the pod's status from theirs and sends it to the status receiver when it changes, and
/// on deletion stops the containers gracefully, removes them and the sandbox, reports
/// <see cref="PodRemoved"/> and stops. A failure of a container actor restarts that actor, never the container.
/// </summary>
internal sealed partial class PodActor : ActorBase, IWithTimers
{
    private static readonly object RetryKey = "retry";
    private static long _lastOp;
    private readonly AgentSettings _settings;
    private readonly IContainerRuntime _runtime;
    private readonly IActorRef _statusReceiver;
    private readonly TimeSpan? _orphanGrace;
    private readonly ILogger _log;
    private readonly CancellationTokenSource _lifetime = new();
    private readonly Dictionary<string, IActorRef> _containers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContainerStatus> _reports = new(StringComparer.Ordinal);
    private Pod _pod;
    private PodSandboxStatus? _sandbox;
    private bool _sandboxPending;
    private CrashLoopBackOff _sandboxBackOff;
    private TimeSpan? _terminating;
    private bool _removed;
    private PodStatus? _sent;
    private long _op;

    private PodActor(AgentSettings settings, IContainerRuntime runtime, Pod pod, IActorRef statusReceiver, TimeSpan? orphanGrace)
    {
        _settings = settings;
        _runtime = runtime;
        _pod = pod;
        _statusReceiver = statusReceiver;
        _orphanGrace = orphanGrace;
        _sandboxBackOff = settings.BackOff;
        _log = Context.System.LoggerFactory.CreateLogger<PodActor>();
    }

    /// <summary>Set by the runtime.</summary>
    public ITimerScheduler Timers { get; set; } = null!;

    private string Uid => _pod.Metadata.Uid!;

    private string Describe => RuntimeConfigs.Describe(_pod);

    /// <summary>
    /// The props of the actor running <paramref name="pod"/>. With <paramref name="orphanGrace"/>, the pod
    /// is one the agent no longer runs: its leftovers are stopped with that grace period and removed, and
    /// no status is reported.
    /// </summary>
    public static Props Props(AgentSettings settings, IContainerRuntime runtime, Pod pod, IActorRef statusReceiver, TimeSpan? orphanGrace = null) =>
        Orchestrator.Actors.Props.Create(() => new PodActor(settings, runtime, pod, statusReceiver, orphanGrace));

    protected override SupervisorStrategy SupervisorStrategy() => new OneForOneStrategy(_ => Directive.Restart);

    protected override void PreStart()
    {
        if (_orphanGrace is { } grace)
        {
            Log.RemovingOrphan(_log, Describe);
            Terminate(grace);
            return;
        }

        EnsureSandbox();
        if (_pod.Metadata.DeletionTimestamp is not null)
        {
            Terminate(GracePeriod(null));
        }
    }

    protected override void PreRestart(Exception reason, object? message)
    {
        Log.Restarting(_log, Describe, reason);

        // The next incarnation starts from the props' pod: give it the latest one, and the termination in progress.
        Self.Tell(new UpdatePod(_pod));
        if (_terminating is { } grace)
        {
            Self.Tell(new StopPod(grace));
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
            case SandboxReady ready when ready.Op == _op:
                OnSandboxReady(ready.Sandbox);
                return true;
            case SandboxFailed failed when failed.Op == _op:
                OnSandboxFailed(failed.Message);
                return true;
            case ContainerStatusReport report when _containers.ContainsValue(Sender):
                _reports[report.Status.Name] = report.Status;
                Publish();
                return true;
            case ContainerStopped stopped:
                OnContainerStopped(stopped.Name);
                return true;
            case Terminated terminated:
                OnContainerTerminated(terminated.ActorRef);
                return true;
            case UpdatePod update:
                OnUpdate(update.Pod);
                return true;
            case DeletePod delete:
                Terminate(GracePeriod(delete.GracePeriodSeconds));
                return true;
            case StopPod stop:
                Terminate(stop.GracePeriod);
                return true;
            case GetPodStatus:
                Sender.Tell(new PodStatusResult(Uid, _sent ?? ComputeStatus()));
                return true;
            case Retry retry when retry.Op == _op:
                OnRetry();
                return true;
            case SweepDone done when done.Op == _op:
                OnSwept();
                return true;
            case SweepFailed failed when failed.Op == _op:
                Log.SweepFailed(_log, Describe, failed.Message, _settings.RetryInterval);
                Timers.StartSingleTimer(RetryKey, new Retry(NextOp()), _settings.RetryInterval);
                return true;
            case Faulted faulted when faulted.Op == _op:
                throw new InvalidOperationException($"Pod {Describe}: {faulted.Error.Message}", faulted.Error);
            case IStale or ContainerStatusReport:
                return true;
            default:
                return false;
        }
    }

    private void OnUpdate(Pod pod)
    {
        if (pod.Metadata.Uid != Uid)
        {
            return;
        }

        _pod = pod;
        if (pod.Metadata.DeletionTimestamp is not null)
        {
            Terminate(GracePeriod(null));
        }
    }

    /// <summary>The grace period of a deletion: the override, else the pod's deletion grace period, else its termination grace period.</summary>
    private TimeSpan GracePeriod(long? overrideSeconds)
    {
        var seconds = overrideSeconds
            ?? _pod.Metadata.DeletionGracePeriodSeconds
            ?? _pod.Spec.TerminationGracePeriodSeconds
            ?? PodSpec.DefaultTerminationGracePeriodSeconds;
        return TimeSpan.FromSeconds(Math.Max(0, seconds));
    }

    private long NextOp() => _op = Interlocked.Increment(ref _lastOp);

    private void Pipe(Task<object> task, long op) => task.PipeTo(Self, failure: e => new Faulted(op, e));
}

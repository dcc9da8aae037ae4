using Orchestrator.Core.Api;
using Orchestrator.Node.Runtime;
using ContainerState = Orchestrator.Core.Api.ContainerState;
using ContainerStatus = Orchestrator.Core.Api.ContainerStatus;
using RuntimeStatus = Orchestrator.Node.Runtime.ContainerStatus;

namespace Orchestrator.Node.Agent;

/// <summary>Exits: the restart policy and the CrashLoopBackOff decide what follows.</summary>
internal sealed partial class ContainerActor
{
    private void OnExited(RuntimeStatus status)
    {
        // The watch and a stop both report the end of a container; only the first counts.
        if (_phase is Phase.Running or Phase.Stopping)
        {
            HandleExit(status);
        }
    }

    private void OnWaitFailed(ContainerRuntimeException error)
    {
        if (_phase is not (Phase.Running or Phase.Stopping))
        {
            return;
        }

        if (error.Kind != ContainerRuntimeErrorKind.NotFound)
        {
            // The runtime could not say; look again after a while.
            Log.WaitFailed(_log, _spec.Name, RuntimeConfigs.Describe(_pod), error.Message);
            StopProbes();
            _phase = Phase.Adopting;
            Timers.StartSingleTimer(RetryKey, new Retry(NextOp()), _settings.RetryInterval);
            return;
        }

        // The container was removed behind the agent's back: the kubelet calls that ContainerStatusUnknown.
        var now = Context.System.TimeProvider.GetUtcNow();
        HandleExit(new RuntimeStatus(
            _containerId!, _sandboxId, _spec.Name, _spec.Image ?? "", Runtime.ContainerState.Exited, now, null, now, 137,
            Reasons.ContainerStatusUnknown, "The container could not be located when the agent looked for it", new Dictionary<string, string>()));
    }

    /// <summary>The container (<paramref name="status"/>) has exited: restart it or not.</summary>
    private void HandleExit(RuntimeStatus status)
    {
        StopProbes();
        var terminated = Terminated(status);
        Log.Exited(_log, _spec.Name, RuntimeConfigs.Describe(_pod), status.ExitCode ?? 0, terminated.Reason ?? "", _restartCount);
        if (_stopGrace is not null)
        {
            _state = ContainerState.Ended(terminated);
            Report();
            return;
        }

        if (!ShouldRestart(_pod.Spec.RestartPolicy, terminated.ExitCode))
        {
            _phase = Phase.Exited;
            _state = ContainerState.Ended(terminated);
            Report();
            return;
        }

        var ranFor = status.FinishedAt - status.StartedAt ?? TimeSpan.Zero;
        (var delay, _backOff) = _backOff.AfterExit(ranFor);
        if (delay == TimeSpan.Zero)
        {
            // Restarted at once: the state shows this exit until the new container runs, then it becomes the last state.
            _state = ContainerState.Ended(terminated);
            _replaced = terminated;
            Launch(existingId: null);
            return;
        }

        _phase = Phase.Waiting;
        _lastTerminated = terminated;
        var message = $"back-off {GoDuration.Format(delay)} restarting failed container={_spec.Name} pod={RuntimeConfigs.Describe(_pod)}";
        _state = ContainerState.WaitingFor(Reasons.CrashLoopBackOff, message);
        Log.BackingOff(_log, _spec.Name, RuntimeConfigs.Describe(_pod), delay);
        Timers.StartSingleTimer(RetryKey, new Retry(NextOp()), delay);
        Report();
    }

    /// <summary>Whether a container that exited with <paramref name="exitCode"/> is restarted under <paramref name="policy"/>.</summary>
    internal static bool ShouldRestart(RestartPolicy policy, int exitCode) => policy switch
    {
        RestartPolicy.Always => true,
        RestartPolicy.OnFailure => exitCode != 0,
        _ => false,
    };
}

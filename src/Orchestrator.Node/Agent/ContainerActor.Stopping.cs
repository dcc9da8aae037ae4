using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Internal;
using Orchestrator.Node.Runtime;
using ContainerState = Orchestrator.Core.Api.ContainerState;
using ContainerStatus = Orchestrator.Core.Api.ContainerStatus;

namespace Orchestrator.Node.Agent;

/// <summary>Stopping for the pod's termination: SIGTERM, the grace period, SIGKILL, and no restart after.</summary>
internal sealed partial class ContainerActor
{
    private void OnStop(TimeSpan gracePeriod)
    {
        if (_stopGrace is { } current && current <= gracePeriod)
        {
            if (_phase == Phase.Stopped)
            {
                Context.Parent.Tell(new ContainerStopped(_spec.Name));
            }

            return;
        }

        _stopGrace = gracePeriod;
        Timers.Cancel(RetryKey);
        StopProbes();
        switch (_phase)
        {
            case Phase.Running or Phase.Stopping:
                StopRunning(gracePeriod);
                break;
            case Phase.Waiting or Phase.Exited or Phase.Stopped:
                FinishStop();
                break;
            default:
                // Adopting or launching: the outcome arrives, sees the stop and acts on it.
                break;
        }
    }

    private void StopRunning(TimeSpan gracePeriod)
    {
        _phase = Phase.Stopping;
        var op = NextOp();
        Log.Stopping(_log, _spec.Name, RuntimeConfigs.Describe(_pod), gracePeriod);
        Pipe(StopAsync(_runtime, op, _containerId!, gracePeriod, _lifetime.Token), op);
    }

    private static async Task<object> StopAsync(IContainerRuntime runtime, long op, string containerId, TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        try
        {
            await runtime.StopContainerAsync(containerId, gracePeriod, cancellationToken).ConfigureAwait(false);
            return new StopDone(op, await runtime.ContainerStatusAsync(containerId, cancellationToken).ConfigureAwait(false));
        }
        catch (ContainerRuntimeException)
        {
            // Gone or unreachable: the pod's removal kills and removes whatever is left.
            return new StopDone(op, null);
        }
    }

    private void OnStopDone(Runtime.ContainerStatus? status)
    {
        if (status is { State: Runtime.ContainerState.Exited } && _state.Terminated is null)
        {
            _state = ContainerState.Ended(Terminated(status));
        }

        FinishStop();
    }

    private void FinishStop()
    {
        _phase = Phase.Stopped;
        NextOp();
        Report();
        Context.Parent.Tell(new ContainerStopped(_spec.Name));
    }
}

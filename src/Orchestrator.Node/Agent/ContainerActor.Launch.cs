using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Runtime;
using ContainerState = Orchestrator.Core.Api.ContainerState;
using ContainerStatus = Orchestrator.Core.Api.ContainerStatus;
using RuntimeStatus = Orchestrator.Node.Runtime.ContainerStatus;

namespace Orchestrator.Node.Agent;

/// <summary>Launching: ensure the image, create the container (unless adopting a created one), start it, watch it.</summary>
internal sealed partial class ContainerActor
{
    private void Launch(string? existingId)
    {
        _phase = Phase.Launching;
        var op = NextOp();
        var config = RuntimeConfigs.Container(_pod, _spec, _nextAttempt);
        Log.Launching(_log, _spec.Name, RuntimeConfigs.Describe(_pod), _nextAttempt);
        Pipe(LaunchAsync(_runtime, op, _sandboxId, config, existingId, _lifetime.Token), op);
        Report();
    }

    private static async Task<object> LaunchAsync(
        IContainerRuntime runtime, long op, string sandboxId, ContainerConfig config, string? existingId, CancellationToken cancellationToken)
    {
        string imageId;
        try
        {
            imageId = (await runtime.EnsureImageAsync(config.Image, cancellationToken).ConfigureAwait(false)).Id;
        }
        catch (ContainerRuntimeException e)
        {
            return ImageFailure(op, config.Image, e, Reasons.ImageInspectError);
        }

        var id = existingId;
        if (id is null)
        {
            try
            {
                id = await runtime.CreateContainerAsync(sandboxId, config, cancellationToken).ConfigureAwait(false);
            }
            catch (ContainerRuntimeException e)
            {
                return ImageFailure(op, config.Image, e, Reasons.CreateContainerError);
            }
        }

        try
        {
            await runtime.StartContainerAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (ContainerRuntimeException e)
        {
            // A container that could not start is removed, so that the retry creates a fresh one.
            try
            {
                await runtime.RemoveContainerAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (ContainerRuntimeException)
            {
                // Adoption or the pod's removal will find it.
            }

            return new LaunchFailed(op, Reasons.RunContainerError, e.Message);
        }

        try
        {
            return new Launched(op, id, imageId, await runtime.ContainerStatusAsync(id, cancellationToken).ConfigureAwait(false));
        }
        catch (ContainerRuntimeException)
        {
            // Started: what became of it, the watch will tell.
            return new Launched(op, id, imageId, null);
        }
    }

    private static LaunchFailed ImageFailure(long op, string image, ContainerRuntimeException error, string otherwise) =>
        error.Kind == ContainerRuntimeErrorKind.ImageNotPresent
            ? new LaunchFailed(op, Reasons.ErrImageNeverPull, $"Container image \"{image}\" is not present with pull policy of Never")
            : new LaunchFailed(op, otherwise, error.Message);

    private void OnLaunched(Launched launched)
    {
        _imageId = launched.ImageId;
        _restartCount = _nextAttempt;
        _nextAttempt++;
        if (_replaced is not null)
        {
            _lastTerminated = _replaced;
            _replaced = null;
        }

        if (_stopGrace is { } grace)
        {
            _containerId = launched.ContainerId;
            StopRunning(grace);
            return;
        }

        OnRunning(launched.ContainerId, launched.Status?.StartedAt ?? Context.System.TimeProvider.GetUtcNow());
        RemoveOldExited(launched.ContainerId);
    }

    private static readonly object RetryKey = "retry";

    private void OnLaunchFailed(LaunchFailed failed)
    {
        if (_stopGrace is not null)
        {
            FinishStop();
            return;
        }

        if (_replaced is not null)
        {
            _lastTerminated = _replaced;
            _replaced = null;
        }

        (var delay, _backOff) = _backOff.AfterExit(TimeSpan.Zero);
        delay = delay > TimeSpan.Zero ? delay : _settings.RetryInterval;
        Log.LaunchFailed(_log, _spec.Name, RuntimeConfigs.Describe(_pod), failed.Reason, failed.Message, delay);
        _phase = Phase.Waiting;
        _state = ContainerState.WaitingFor(failed.Reason, failed.Message);
        Timers.StartSingleTimer(RetryKey, new Retry(NextOp()), delay);
        Report();
    }

    private void OnRetry()
    {
        if (_phase == Phase.Adopting)
        {
            Adopt();
        }
        else
        {
            Launch(existingId: null);
        }
    }

    /// <summary>The container runs: watch for its exit and start its probes.</summary>
    private void OnRunning(string containerId, DateTimeOffset? startedAt)
    {
        _phase = Phase.Running;
        _containerId = containerId;
        _state = ContainerState.RunningSince(startedAt);
        Log.Running(_log, _spec.Name, RuntimeConfigs.Describe(_pod), containerId, _restartCount);
        var op = _op;
        _runtime.WaitContainerAsync(containerId, _lifetime.Token).PipeTo(
            Self,
            success: status => new Exited(containerId, status),
            failure: e => e is ContainerRuntimeException runtimeError ? new WaitFailed(containerId, runtimeError) : new Faulted(op, e));
        StartProbes(containerId);
        Report();
    }

    /// <summary>Removes this container's exited containers but the newest, as the kubelet keeps one for its logs.</summary>
    private void RemoveOldExited(string runningId)
    {
        var selector = RuntimeConfigs.ContainerSelector(_pod.Metadata.Uid!, _spec.Name);
        var (runtime, log) = (_runtime, _log);
        _runtime.ListContainersAsync(selector, _lifetime.Token).ContinueWith(
            t => RemoveInBackground(runtime, log, [.. t.Result
                .Where(c => c.Id != runningId && c.State == Runtime.ContainerState.Exited)
                .OrderByDescending(c => RuntimeConfigs.Attempt(c.Labels))
                .Skip(1)]),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private ContainerStateTerminated Terminated(RuntimeStatus status) => new()
    {
        ExitCode = status.ExitCode ?? 0,
        Reason = status.Reason ?? (status.ExitCode == 0 ? Reasons.Completed : Reasons.Error),
        Message = status.Message,
        StartedAt = status.StartedAt,
        FinishedAt = status.FinishedAt,
        ContainerId = RuntimeId(status.Id),
    };

    /// <summary>A container id as Kubernetes shows it: <c>runtime://id</c>.</summary>
    private string RuntimeId(string id) => $"{_runtime.Name}://{id}";
}

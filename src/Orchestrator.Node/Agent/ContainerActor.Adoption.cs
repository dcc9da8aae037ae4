using Microsoft.Extensions.Logging;
using Orchestrator.Core.Api;
using Orchestrator.Node.Runtime;
using ContainerState = Orchestrator.Core.Api.ContainerState;
using ContainerStatus = Orchestrator.Core.Api.ContainerStatus;
using RuntimeState = Orchestrator.Node.Runtime.ContainerState;
using RuntimeStatus = Orchestrator.Node.Runtime.ContainerStatus;

namespace Orchestrator.Node.Agent;

/// <summary>
/// Adoption: what the runtime already has for this container (the agent or this actor restarted)
/// decides what to do, so that a container is never started twice and restart counts survive.
/// </summary>
internal sealed partial class ContainerActor
{
    private void Adopt()
    {
        _phase = Phase.Adopting;
        var op = NextOp();
        var selector = RuntimeConfigs.ContainerSelector(_pod.Metadata.Uid!, _spec.Name);
        Pipe(ListAsync(_runtime, selector, op, _lifetime.Token), op);
    }

    private static async Task<object> ListAsync(IContainerRuntime runtime, IReadOnlyDictionary<string, string> selector, long op, CancellationToken cancellationToken)
    {
        try
        {
            return new Adopted(op, await runtime.ListContainersAsync(selector, cancellationToken).ConfigureAwait(false));
        }
        catch (ContainerRuntimeException e)
        {
            return new AdoptFailed(op, e.Message);
        }
    }

    /// <summary>
    /// The newest live container (running or created) is adopted, any other live one is a twin and is
    /// removed; the newest exited one gives the last state (or, with no live container, the current
    /// one, and the restart policy decides); older exited ones are removed, as the kubelet keeps one.
    /// </summary>
    private void OnAdopted(IReadOnlyList<RuntimeStatus> containers)
    {
        var newestFirst = containers
            .OrderByDescending(c => RuntimeConfigs.Attempt(c.Labels))
            .ThenByDescending(c => c.CreatedAt)
            .ToList();
        var live = newestFirst.Where(c => c.State is RuntimeState.Running or RuntimeState.Created).ToList();
        var exited = newestFirst.Where(c => c.State is RuntimeState.Exited or RuntimeState.Unknown).ToList();
        Log.Adopting(_log, _spec.Name, RuntimeConfigs.Describe(_pod), live.Count, exited.Count);
        if (_stopGrace is not null)
        {
            StopAdopted(live);
            return;
        }

        if (live.FirstOrDefault() is { } current)
        {
            var attempt = RuntimeConfigs.Attempt(current.Labels);
            var previous = exited.FirstOrDefault(c => RuntimeConfigs.Attempt(c.Labels) <= attempt);
            RemoveQuietly([.. live.Skip(1), .. exited.Where(c => c != previous)]);
            _restartCount = attempt;
            _nextAttempt = attempt + 1;
            _lastTerminated = previous is null ? null : Terminated(previous);
            if (current.State == RuntimeState.Running)
            {
                OnRunning(current.Id, current.StartedAt);
            }
            else
            {
                // Created but never started (a fault came between the two): start it as the attempt it is.
                _nextAttempt = attempt;
                Launch(current.Id);
            }

            return;
        }

        if (exited.FirstOrDefault() is { } latest)
        {
            RemoveQuietly([.. exited.Skip(2)]);
            _restartCount = RuntimeConfigs.Attempt(latest.Labels);
            _nextAttempt = _restartCount + 1;
            _lastTerminated = exited.Skip(1).FirstOrDefault() is { } before ? Terminated(before) : null;
            _containerId = latest.Id;
            HandleExit(latest);
            return;
        }

        Launch(existingId: null);
    }

    private void OnAdoptFailed(string message)
    {
        if (_stopGrace is not null)
        {
            // Nothing is known to stop; the pod's removal sweeps by labels.
            FinishStop();
            return;
        }

        Log.AdoptFailed(_log, _spec.Name, RuntimeConfigs.Describe(_pod), message);
        _state = ContainerState.WaitingFor(Reasons.ContainerCreating, message);
        Timers.StartSingleTimer(RetryKey, new Retry(NextOp()), _settings.RetryInterval);
        Report();
    }

    /// <summary>The pod stopped this container while it was being adopted: stop whatever runs.</summary>
    private void StopAdopted(List<RuntimeStatus> live)
    {
        if (live.FirstOrDefault() is { } current)
        {
            RemoveQuietly([.. live.Skip(1)]);
            _containerId = current.Id;
            _restartCount = RuntimeConfigs.Attempt(current.Labels);
            StopRunning(_stopGrace!.Value);
            return;
        }

        FinishStop();
    }

    /// <summary>Removes containers in the background; a failure is only logged (the pod's removal sweeps again).</summary>
    private void RemoveQuietly(IReadOnlyList<RuntimeStatus> containers) => RemoveInBackground(_runtime, _log, containers);

    private static void RemoveInBackground(IContainerRuntime runtime, ILogger log, IReadOnlyList<RuntimeStatus> containers)
    {
        foreach (var container in containers)
        {
            Log.RemovingContainer(log, container.Id, container.Name, container.State.ToString());
            runtime.RemoveContainerAsync(container.Id, CancellationToken.None).ContinueWith(
                t => Log.RemoveFailed(log, container.Id, t.Exception!.GetBaseException()),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }
}

using Orchestrator.Actors;
using Orchestrator.Node.Agent.Internal;
using Orchestrator.Node.Agent.Messages;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Agent;

/// <summary>
/// Termination: every container is stopped (SIGTERM, the grace period, SIGKILL), then whatever the
/// runtime still has for the pod, found by its labels, is removed with the sandbox; then the last
/// status and <see cref="PodRemoved"/> go out and the actor stops.
/// </summary>
internal sealed partial class PodActor
{
    private readonly HashSet<string> _stopping = new(StringComparer.Ordinal);

    private void Terminate(TimeSpan gracePeriod)
    {
        if (_terminating is { } current && current <= gracePeriod)
        {
            return;
        }

        _terminating = gracePeriod;
        Log.Terminating(_log, Describe, gracePeriod);
        if (!_sandboxPending)
        {
            // Otherwise the sandbox call's outcome sees the termination and goes on from there.
            StopContainers(gracePeriod);
        }
    }

    /// <summary>Tells every container actor to stop; with none, goes straight to the removal.</summary>
    private void StopContainers(TimeSpan gracePeriod)
    {
        Timers.Cancel(RetryKey);
        if (_containers.Count == 0)
        {
            Sweep();
            return;
        }

        foreach (var (name, child) in _containers)
        {
            _stopping.Add(name);
            child.Tell(new StopContainer(gracePeriod));
        }
    }

    private void OnContainerStopped(string name)
    {
        if (_stopping.Remove(name) && _stopping.Count == 0 && _terminating is not null)
        {
            Sweep();
        }
    }

    private void OnContainerTerminated(IActorRef child)
    {
        var name = _containers.FirstOrDefault(c => c.Value.Equals(child)).Key;
        if (name is not null)
        {
            _containers.Remove(name);
            OnContainerStopped(name);
        }
    }

    private void Sweep()
    {
        var op = NextOp();
        Pipe(SweepAsync(_runtime, op, Uid, _terminating ?? TimeSpan.Zero, _lifetime.Token), op);
    }

    /// <summary>
    /// Stops (gracefully: the container actors may not have, for an orphan or after a restart of this
    /// actor) and removes every container of the pod, then its sandboxes.
    /// </summary>
    private static async Task<object> SweepAsync(IContainerRuntime runtime, long op, string podUid, TimeSpan gracePeriod, CancellationToken cancellationToken)
    {
        var selector = RuntimeConfigs.PodSelector(podUid);
        try
        {
            var containers = await runtime.ListContainersAsync(selector, cancellationToken).ConfigureAwait(false);
            await Task.WhenAll(containers
                .Where(c => c.State == ContainerState.Running)
                .Select(c => runtime.StopContainerAsync(c.Id, gracePeriod, cancellationToken))).ConfigureAwait(false);
            foreach (var container in containers)
            {
                await runtime.RemoveContainerAsync(container.Id, cancellationToken).ConfigureAwait(false);
            }

            foreach (var sandbox in await runtime.ListPodSandboxesAsync(selector, cancellationToken).ConfigureAwait(false))
            {
                await runtime.StopPodSandboxAsync(sandbox.Id, cancellationToken).ConfigureAwait(false);
                await runtime.RemovePodSandboxAsync(sandbox.Id, cancellationToken).ConfigureAwait(false);
            }

            return new SweepDone(op);
        }
        catch (ContainerRuntimeException e)
        {
            return new SweepFailed(op, e.Message);
        }
    }

    private void OnSwept()
    {
        _removed = true;
        Publish();
        Log.Removed(_log, Describe);
        _statusReceiver.Tell(new PodRemoved(Uid, RuntimeConfigs.Namespace(_pod), _pod.Metadata.Name ?? ""));
        Context.Stop(Self);
    }
}

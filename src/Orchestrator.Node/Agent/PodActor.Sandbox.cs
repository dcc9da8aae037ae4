using Orchestrator.Actors;
using Orchestrator.Node.Agent.Internal;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Agent;

/// <summary>The pod's sandbox: adopted when one is ready (the agent restarted), created otherwise; then the container actors.</summary>
internal sealed partial class PodActor
{
    private void EnsureSandbox()
    {
        _sandboxPending = true;
        var op = NextOp();
        Pipe(SandboxAsync(_runtime, op, _pod, _lifetime.Token), op);
    }

    private static async Task<object> SandboxAsync(IContainerRuntime runtime, long op, Core.Api.Pod pod, CancellationToken cancellationToken)
    {
        var selector = RuntimeConfigs.PodSelector(pod.Metadata.Uid!);
        try
        {
            var existing = await runtime.ListPodSandboxesAsync(selector, cancellationToken).ConfigureAwait(false);
            var ready = existing.Where(s => s.Ready).OrderByDescending(s => s.CreatedAt).ToList();
            if (ready.Count > 0)
            {
                foreach (var twin in ready.Skip(1))
                {
                    await runtime.RemovePodSandboxAsync(twin.Id, cancellationToken).ConfigureAwait(false);
                }

                return new SandboxReady(op, ready[0]);
            }

            if (pod.Metadata.DeletionTimestamp is not null)
            {
                // Nothing to adopt and the pod is going: no sandbox to make just to remove it.
                return new SandboxFailed(op, "The pod is being deleted.");
            }

            var id = await runtime.RunPodSandboxAsync(RuntimeConfigs.Sandbox(pod, existing.Count), cancellationToken).ConfigureAwait(false);
            var created = (await runtime.ListPodSandboxesAsync(selector, cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Id == id);
            return created is null
                ? new SandboxFailed(op, $"The sandbox {id} vanished right after it was created.")
                : new SandboxReady(op, created);
        }
        catch (ContainerRuntimeException e)
        {
            return new SandboxFailed(op, e.Message);
        }
    }

    private void OnSandboxReady(PodSandboxStatus sandbox)
    {
        _sandboxPending = false;
        _sandbox = sandbox;
        _sandboxBackOff = _sandboxBackOff.Reset();
        Log.SandboxReady(_log, Describe, sandbox.Id, sandbox.Ip);

        // Even for a pod being deleted: the container actors adopt what runs, report it, and stop it gracefully.
        foreach (var container in _pod.Spec.Containers)
        {
            var child = Context.ActorOf(
                ContainerActor.Props(_settings, _runtime, _pod, container, sandbox.Id, sandbox.Ip),
                ActorNames.For(container.Name));
            Context.Watch(child);
            _containers[container.Name] = child;
        }

        if (_terminating is { } grace)
        {
            StopContainers(grace);
        }

        Publish();
    }

    private void OnSandboxFailed(string message)
    {
        _sandboxPending = false;
        if (_terminating is not null)
        {
            Sweep();
            return;
        }

        (var delay, _sandboxBackOff) = _sandboxBackOff.AfterExit(TimeSpan.Zero);
        delay = delay > TimeSpan.Zero ? delay : _settings.RetryInterval;
        Log.SandboxFailed(_log, Describe, message, delay);
        Timers.StartSingleTimer(RetryKey, new Retry(NextOp()), delay);
        Publish();
    }

    private void OnRetry()
    {
        if (_terminating is not null)
        {
            Sweep();
        }
        else
        {
            EnsureSandbox();
        }
    }
}

using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Messages;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Agent;

/// <summary>Full syncs, and the removal of what belongs to pods the agent no longer runs.</summary>
public sealed partial class NodeAgent
{
    private void Sync(IReadOnlyList<Pod> pods)
    {
        var desired = pods.Where(p => !string.IsNullOrEmpty(p.Metadata.Uid)).Select(p => p.Metadata.Uid!).ToHashSet(StringComparer.Ordinal);
        foreach (var (uid, pod) in _pods)
        {
            if (!desired.Contains(uid))
            {
                pod.Tell(new DeletePod(uid));
            }
        }

        foreach (var pod in pods)
        {
            Run(pod);
        }

        if (!_synced)
        {
            _synced = true;
            ListOrphansAsync();
        }
    }

    /// <summary>Lists what the runtime holds for pods of this agent (sandboxes and containers), by label.</summary>
    private void ListOrphansAsync()
    {
        var selector = new Dictionary<string, string> { [ContainerLabels.ManagedBy] = ContainerLabels.ManagedByValue };
        FindAsync(_runtime, selector).PipeTo(Self, failure: e =>
        {
            Log.OrphanListFailed(_log, e.Message, _settings.RetryInterval);
            return new RetryOrphans();
        });
    }

    private static async Task<object> FindAsync(IContainerRuntime runtime, IReadOnlyDictionary<string, string> selector)
    {
        var sandboxes = await runtime.ListPodSandboxesAsync(selector, CancellationToken.None).ConfigureAwait(false);
        var containers = await runtime.ListContainersAsync(selector, CancellationToken.None).ConfigureAwait(false);
        var pods = sandboxes.Select(s => s.Labels)
            .Concat(containers.Select(c => c.Labels))
            .Where(labels => labels.ContainsKey(ContainerLabels.PodUid))
            .GroupBy(labels => labels[ContainerLabels.PodUid], StringComparer.Ordinal)
            .Select(g => OrphanPod(g.Key, g.First()))
            .ToList();
        return new OrphansFound(pods);
    }

    private static Pod OrphanPod(string uid, IReadOnlyDictionary<string, string> labels) => new()
    {
        Metadata = new ObjectMeta
        {
            Uid = uid,
            Name = labels.GetValueOrDefault(ContainerLabels.PodName, uid),
            Namespace = labels.GetValueOrDefault(ContainerLabels.PodNamespace, "default"),
        },
    };

    /// <summary>Removes what belongs to pods the agent does not run now (checked now, not when the list was asked for).</summary>
    private void RemoveOrphans(IReadOnlyList<Pod> found)
    {
        foreach (var pod in found.Where(p => !_pods.ContainsKey(p.Metadata.Uid!)))
        {
            Start(pod, _settings.OrphanGracePeriod);
        }
    }

    /// <summary>The runtime's objects that belong to pods, as pods with only their identity.</summary>
    private sealed record OrphansFound(IReadOnlyList<Pod> Pods);

    /// <summary>Listing the orphans failed: list again later.</summary>
    private sealed record RetryOrphans;

    /// <summary>Time to list the orphans again.</summary>
    private sealed record ListOrphans;
}

namespace Orchestrator.Node.Stats;

/// <summary>
/// One snapshot of the node's resource use, shaped like the kubelet's <c>/stats/summary</c>: the
/// node, and each pod with its containers. Immutable; a newer one has a higher <see cref="Version"/>.
/// </summary>
/// <param name="Version">Counts the snapshots, from 0 for the empty one before the first sampling.</param>
/// <param name="Time">When it was taken.</param>
/// <param name="Node">The whole node.</param>
/// <param name="Pods">The pods with running containers, ordered by namespace and name.</param>
/// <param name="FailedContainers">Running containers that could not be sampled this time (left out of <see cref="Pods"/>).</param>
public sealed record NodeStatsSummary(
    long Version, DateTimeOffset Time, NodeStats Node, IReadOnlyList<PodStats> Pods, int FailedContainers)
{
    /// <summary>The snapshot before any sampling: nothing known yet.</summary>
    public static NodeStatsSummary Empty(string nodeName, DateTimeOffset time) =>
        new(0, time, new NodeStats(
            nodeName,
            new CpuStats(time, null, 0),
            new MemoryStats(time, 0, null, null),
            new NodeCapacity(Environment.ProcessorCount, 0),
            0,
            0), [], 0);
}

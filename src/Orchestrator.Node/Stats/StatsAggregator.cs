using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Stats;

/// <summary>
/// Turns one round of samples into a <see cref="NodeStatsSummary"/>: rates against the previous
/// round, containers grouped into pods by their pod labels, and the node's own use and capacity.
/// </summary>
internal static class StatsAggregator
{
    /// <summary>The summary of one round.</summary>
    /// <param name="version">The new snapshot's version.</param>
    /// <param name="time">When the round ran.</param>
    /// <param name="nodeName">The node.</param>
    /// <param name="samples">The containers sampled this round.</param>
    /// <param name="previous">The previous round's sample of each container, by id.</param>
    /// <param name="node">The machine now; null when unknown.</param>
    /// <param name="previousNode">The machine in the previous round.</param>
    /// <param name="failedContainers">Running containers whose sampling failed this round.</param>
    public static NodeStatsSummary Summarize(
        long version,
        DateTimeOffset time,
        string nodeName,
        IReadOnlyList<ContainerSample> samples,
        IReadOnlyDictionary<string, ContainerStats> previous,
        NodeResourceSample? node,
        NodeResourceSample? previousNode,
        int failedContainers)
    {
        var pods = samples
            .GroupBy(sample => PodOf(sample.Status))
            .Select(group => Pod(group.Key, group.Select(sample => Container(sample, previous)).OrderBy(c => c.Name, StringComparer.Ordinal).ToArray()))
            .OrderBy(pod => pod.PodRef.Namespace, StringComparer.Ordinal)
            .ThenBy(pod => pod.PodRef.Name, StringComparer.Ordinal)
            .ToArray();
        return new NodeStatsSummary(version, time, Node(nodeName, time, node, previousNode, pods.Length, samples.Count), pods, failedContainers);
    }

    /// <summary>The pod a container belongs to, by the labels the agent put on it.</summary>
    public static PodReference PodOf(ContainerStatus container) =>
        new(Label(container, ContainerLabels.PodName), Label(container, ContainerLabels.PodNamespace), Label(container, ContainerLabels.PodUid));

    private static string Label(ContainerStatus container, string key) =>
        container.Labels.TryGetValue(key, out var value) ? value : string.Empty;

    private static PodContainerStats Container(ContainerSample sample, IReadOnlyDictionary<string, ContainerStats> previous)
    {
        var stats = sample.Stats;
        var rate = previous.TryGetValue(sample.Status.Id, out var before)
            ? CpuRate.NanoCores(before.CpuUsageNanoseconds, before.Timestamp, stats.CpuUsageNanoseconds, stats.Timestamp)
            : null;
        var available = stats.MemoryLimitBytes is { } limit ? limit - Math.Min(limit, stats.MemoryWorkingSetBytes) : (ulong?)null;
        var name = sample.Status.Labels.TryGetValue(ContainerLabels.ContainerName, out var label) ? label : sample.Status.Name;
        return new PodContainerStats(
            name,
            sample.Status.Id,
            sample.Status.StartedAt,
            new CpuStats(stats.Timestamp, rate, stats.CpuUsageNanoseconds),
            new MemoryStats(stats.Timestamp, stats.MemoryWorkingSetBytes, available, stats.MemoryLimitBytes));
    }

    private static PodStats Pod(PodReference pod, IReadOnlyList<PodContainerStats> containers)
    {
        var time = containers.Max(c => c.Cpu.Time);
        var rates = containers.Select(c => c.Cpu.UsageNanoCores).ToArray();
        var cpu = new CpuStats(
            time,
            rates.All(rate => rate is not null) ? Sum(rates.Select(rate => rate!.Value)) : null,
            Sum(containers.Select(c => c.Cpu.UsageCoreNanoSeconds)));
        var memory = new MemoryStats(time, Sum(containers.Select(c => c.Memory.WorkingSetBytes)), null, null);
        return new PodStats(pod, containers.Min(c => c.StartTime), containers, cpu, memory);
    }

    private static NodeStats Node(string nodeName, DateTimeOffset time, NodeResourceSample? node, NodeResourceSample? previous, int pods, int containers)
    {
        if (node is null)
        {
            return NodeStatsSummary.Empty(nodeName, time).Node with { RunningPods = pods, RunningContainers = containers };
        }

        var rate = previous is null
            ? null
            : CpuRate.NanoCores(previous.CpuUsageNanoseconds, previous.Time, node.CpuUsageNanoseconds, node.Time);
        var workingSet = node.MemoryTotalBytes - Math.Min(node.MemoryTotalBytes, node.MemoryAvailableBytes);
        return new NodeStats(
            nodeName,
            new CpuStats(node.Time, rate, node.CpuUsageNanoseconds),
            new MemoryStats(node.Time, workingSet, node.MemoryAvailableBytes, node.MemoryTotalBytes),
            new NodeCapacity(node.Cpus, node.MemoryTotalBytes),
            pods,
            containers);
    }

    private static ulong Sum(IEnumerable<ulong> values) => values.Aggregate(0UL, static (sum, value) => sum + value);
}

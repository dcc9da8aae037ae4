using System.Globalization;
using System.Text;

namespace Orchestrator.Node.Stats;

/// <summary>
/// Writes a <see cref="NodeStatsSummary"/> in Prometheus' text exposition format 0.0.4, with
/// cAdvisor's and the kubelet's metric names: <c>container_*</c> labelled by namespace, pod and
/// container, <c>pod_*</c> by namespace and pod, <c>node_*</c> and <c>orchestrator_node_*</c> unlabelled.
/// </summary>
public static class PrometheusTextFormat
{
    /// <summary>The Content-Type of the format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    /// <summary>The exposition of <paramref name="summary"/>.</summary>
    public static string Write(NodeStatsSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder(1024 + (summary.Pods.Count * 512));
        var containers = summary.Pods.SelectMany(pod => pod.Containers.Select(container => (pod.PodRef, container))).ToArray();

        Family(text, "container_cpu_usage_seconds_total", "counter", "Cumulative CPU time consumed by the container, in core-seconds.",
            containers.Select(c => (ContainerLabels(c.PodRef, c.container.Name), Seconds(c.container.Cpu.UsageCoreNanoSeconds))));
        Family(text, "container_memory_working_set_bytes", "gauge", "Current working set of the container, in bytes.",
            containers.Select(c => (ContainerLabels(c.PodRef, c.container.Name), (double)c.container.Memory.WorkingSetBytes)));
        Family(text, "container_spec_memory_limit_bytes", "gauge", "Memory limit of the container, in bytes.",
            containers.Where(c => c.container.Memory.LimitBytes is not null)
                .Select(c => (ContainerLabels(c.PodRef, c.container.Name), (double)c.container.Memory.LimitBytes!.Value)));
        Family(text, "pod_cpu_usage_seconds_total", "counter", "Cumulative CPU time consumed by the pod's containers, in core-seconds.",
            summary.Pods.Select(p => (PodLabels(p.PodRef), Seconds(p.Cpu.UsageCoreNanoSeconds))));
        Family(text, "pod_memory_working_set_bytes", "gauge", "Current working set of the pod's containers, in bytes.",
            summary.Pods.Select(p => (PodLabels(p.PodRef), (double)p.Memory.WorkingSetBytes)));

        var node = summary.Node;
        Single(text, "node_cpu_usage_seconds_total", "counter", "Cumulative CPU time consumed by the node, in core-seconds.", Seconds(node.Cpu.UsageCoreNanoSeconds));
        Single(text, "node_memory_working_set_bytes", "gauge", "Current working set of the node, in bytes.", node.Memory.WorkingSetBytes);
        Single(text, "orchestrator_node_pods_running", "gauge", "Pods with a running container on the node.", node.RunningPods);
        Single(text, "orchestrator_node_containers_running", "gauge", "Running containers on the node.", node.RunningContainers);
        Single(text, "orchestrator_node_cpu_capacity_cores", "gauge", "Processors of the node.", node.Capacity.Cpus);
        Single(text, "orchestrator_node_memory_capacity_bytes", "gauge", "Memory of the node, in bytes.", node.Capacity.MemoryBytes);
        Single(text, "orchestrator_node_stats_failed_containers", "gauge", "Running containers the last sampling could not measure.", summary.FailedContainers);
        return text.ToString();
    }

    /// <summary>A label value with backslash, double quote and line feed escaped.</summary>
    internal static string EscapeLabelValue(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>A sample value as Prometheus parses it (Go's ParseFloat), with its spellings of the specials.</summary>
    internal static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static double Seconds(ulong nanoseconds) => nanoseconds / 1e9;

    private static string ContainerLabels(PodReference pod, string container) =>
        $"namespace=\"{EscapeLabelValue(pod.Namespace)}\",pod=\"{EscapeLabelValue(pod.Name)}\",container=\"{EscapeLabelValue(container)}\"";

    private static string PodLabels(PodReference pod) =>
        $"namespace=\"{EscapeLabelValue(pod.Namespace)}\",pod=\"{EscapeLabelValue(pod.Name)}\"";

    private static void Single(StringBuilder text, string name, string type, string help, double value) =>
        Family(text, name, type, help, [(string.Empty, value)]);

    private static void Family(StringBuilder text, string name, string type, string help, IEnumerable<(string Labels, double Value)> samples)
    {
        text.Append("# HELP ").Append(name).Append(' ').Append(help.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        foreach (var (labels, value) in samples)
        {
            text.Append(name);
            if (labels.Length > 0)
            {
                text.Append('{').Append(labels).Append('}');
            }

            text.Append(' ').Append(FormatValue(value)).Append('\n');
        }
    }
}

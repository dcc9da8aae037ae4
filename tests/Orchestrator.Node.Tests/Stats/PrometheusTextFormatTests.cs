using Orchestrator.Node.Runtime;
using Orchestrator.Node.Stats;
using static Orchestrator.Node.Tests.Stats.StatsFixtures;

namespace Orchestrator.Node.Tests.Stats;

/// <summary><see cref="PrometheusTextFormat"/>: the exposition, parsed back.</summary>
public sealed class PrometheusTextFormatTests
{
    private static readonly DateTimeOffset T1 = T0.AddSeconds(10);

    [Fact]
    public void Exposes_containers_pods_and_node_under_cadvisor_and_kubelet_names()
    {
        var text = PrometheusTextFormat.Write(Summary());

        var parsed = PrometheusTextParser.Parse(text);
        Assert.Equal(2.5, parsed.Value("container_cpu_usage_seconds_total", ("namespace", "default"), ("pod", "web"), ("container", "app")));
        Assert.Equal(100, parsed.Value("container_memory_working_set_bytes", ("pod", "web"), ("container", "app")));
        Assert.Equal(1_000, parsed.Value("container_spec_memory_limit_bytes", ("pod", "web"), ("container", "app")));
        Assert.Equal(3.0, parsed.Value("pod_cpu_usage_seconds_total", ("namespace", "default"), ("pod", "web")));
        Assert.Equal(150, parsed.Value("pod_memory_working_set_bytes", ("pod", "web")));
        Assert.Equal(115, parsed.Value("node_cpu_usage_seconds_total"));
        Assert.Equal(3_000_000_000, parsed.Value("node_memory_working_set_bytes"));
        Assert.Equal(1, parsed.Value("orchestrator_node_pods_running"));
        Assert.Equal(2, parsed.Value("orchestrator_node_containers_running"));
        Assert.Equal(2, parsed.Value("orchestrator_node_cpu_capacity_cores"));
        Assert.Equal(8_000_000_000, parsed.Value("orchestrator_node_memory_capacity_bytes"));
        Assert.Equal(1, parsed.Value("orchestrator_node_stats_failed_containers"));
        Assert.Equal("counter", parsed.Families["container_cpu_usage_seconds_total"].Type);
        Assert.Equal("gauge", parsed.Families["container_memory_working_set_bytes"].Type);
        Assert.Equal("counter", parsed.Families["node_cpu_usage_seconds_total"].Type);
    }

    [Fact]
    public void Only_containers_with_a_limit_have_a_limit_sample()
    {
        var parsed = PrometheusTextParser.Parse(PrometheusTextFormat.Write(Summary()));

        Assert.Single(parsed.Samples, s => s.Name == "container_spec_memory_limit_bytes");
        Assert.Equal(2, parsed.Samples.Count(s => s.Name == "container_memory_working_set_bytes"));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("quote\"d")]
    [InlineData("back\\slash")]
    [InlineData("new\nline")]
    [InlineData("all \\\" \n of them")]
    public void Label_values_are_escaped_and_read_back_unchanged(string name)
    {
        var summary = Summary(podName: name);

        var parsed = PrometheusTextParser.Parse(PrometheusTextFormat.Write(summary));

        Assert.Equal(150, parsed.Value("pod_memory_working_set_bytes", ("pod", name)));
    }

    [Fact]
    public void An_empty_snapshot_is_still_a_valid_exposition()
    {
        var parsed = PrometheusTextParser.Parse(PrometheusTextFormat.Write(NodeStatsSummary.Empty("node-1", T0)));

        Assert.DoesNotContain(parsed.Samples, s => s.Name.StartsWith("container_", StringComparison.Ordinal));
        Assert.Equal(0, parsed.Value("orchestrator_node_pods_running"));
    }

    [Theory]
    [InlineData(double.PositiveInfinity, "+Inf")]
    [InlineData(double.NegativeInfinity, "-Inf")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(0.1, "0.1")]
    [InlineData(123456789012.0, "123456789012")]
    public void Values_are_spelled_as_prometheus_reads_them(double value, string text)
    {
        Assert.Equal(text, PrometheusTextFormat.FormatValue(value));
    }

    private static NodeStatsSummary Summary(string podName = "web")
    {
        var samples = new[]
        {
            new ContainerSample(Container("a1", podName, "app"), Sample("a1", T1, 2_500_000_000, 100, limit: 1_000)),
            new ContainerSample(Container("a2", podName, "sidecar"), Sample("a2", T1, 500_000_000, 50)),
        };
        var node = new NodeResourceSample(T1, 115_000_000_000, 8_000_000_000, 5_000_000_000, 2);
        return StatsAggregator.Summarize(3, T1, "node-1", samples, new Dictionary<string, ContainerStats>(), node, null, 1);
    }
}

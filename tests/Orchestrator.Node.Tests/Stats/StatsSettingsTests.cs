using System.Net;
using Orchestrator.Actors.Configuration;
using Orchestrator.Node.Stats;

namespace Orchestrator.Node.Tests.Stats;

/// <summary><see cref="StatsSettings"/>: read from <c>orch.node.stats</c>, checked with a clear message.</summary>
public sealed class StatsSettingsTests
{
    [Fact]
    public void The_defaults_sample_every_10s_and_serve_on_loopback_port_10255()
    {
        var settings = StatsSettings.Default;

        Assert.True(settings.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.Interval);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.Timeout);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 10255), settings.MetricsAddress);
    }

    [Fact]
    public void An_empty_metrics_address_serves_nothing()
    {
        Assert.Null(Read("metrics-address = \"\"").MetricsAddress);
    }

    [Fact]
    public void Reads_overrides()
    {
        var settings = Read("enabled = off, interval = 30s, timeout = 2s, metrics-address = \"0.0.0.0:9100\"");

        Assert.Equal(new StatsSettings(false, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(2), new IPEndPoint(IPAddress.Any, 9100)), settings);
    }

    [Theory]
    [InlineData("interval = 10ms", "orch.node.stats.interval")]
    [InlineData("timeout = 0s", "orch.node.stats.timeout")]
    [InlineData("metrics-address = \"localhost:10255\"", "orch.node.stats.metrics-address")]
    [InlineData("metrics-address = \"127.0.0.1:99999\"", "orch.node.stats.metrics-address")]
    public void Bad_values_are_refused_naming_the_setting(string hocon, string key)
    {
        var error = Assert.Throws<ConfigurationException>(() => Read(hocon));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private static StatsSettings Read(string hocon)
    {
        var reference = ConfigurationFactory.FromResource(typeof(StatsSettings).Assembly, "Orchestrator.Node.reference.conf");
        var config = ConfigurationFactory.ParseString($"orch.node.stats {{ {hocon} }}").WithFallback(reference);
        return StatsSettings.Create(config.GetConfig(StatsSettings.SectionPath));
    }
}

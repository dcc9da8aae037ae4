using Orchestrator.Actors.Configuration;
using Orchestrator.Node.Agent;
using Orchestrator.Node.Runtime.Hollow;

namespace Orchestrator.Node.Tests.Agent;

/// <summary>The agent's and the hollow runtime's settings: Kubernetes' defaults, and clear errors for bad values.</summary>
public sealed class AgentSettingsTests
{
    [Fact]
    public void Defaults_are_Kubernetes_back_off()
    {
        var settings = AgentSettings.Default;

        Assert.Equal(TimeSpan.FromSeconds(10), settings.BackoffInitial);
        Assert.Equal(TimeSpan.FromMinutes(5), settings.BackoffMax);
        Assert.Equal(TimeSpan.FromMinutes(10), settings.BackoffResetAfter);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.OrphanGracePeriod);
    }

    [Theory]
    [InlineData("backoff-initial = 0s", "backoff-initial must be a positive duration")]
    [InlineData("backoff-max = 5s", "backoff-max (00:00:05) must not be shorter than backoff-initial")]
    [InlineData("orphan-grace-period = -1s", "orphan-grace-period must be a finite duration")]
    [InlineData("retry-interval = infinite", "retry-interval must be a finite duration")]
    public void Bad_agent_settings_are_configuration_errors_that_name_the_setting(string hocon, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => AgentSettings.Create(Section(hocon, AgentSettings.SectionPath)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains(AgentSettings.SectionPath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hollow_defaults_start_at_once_never_fail_and_miss_images_named_missing()
    {
        var settings = HollowSettings.Default;

        Assert.Equal(TimeSpan.Zero, settings.StartLatency);
        Assert.Equal(0.0, settings.FailureRate);
        Assert.Equal(["missing"], settings.MissingImagePrefixes);
        Assert.Equal(16 * 1024 * 1024, settings.MemoryWorkingSetBytes);
    }

    [Theory]
    [InlineData("failure-rate = 1.5", "failure-rate must be between 0.0 and 1.0")]
    [InlineData("start-latency = -1s", "start-latency must be zero or a positive")]
    [InlineData("max-log-lines = 0", "max-log-lines must be at least 1")]
    public void Bad_hollow_settings_are_configuration_errors_that_name_the_setting(string hocon, string expected)
    {
        var error = Assert.Throws<ConfigurationException>(() => HollowSettings.Create(Section(hocon, HollowSettings.SectionPath)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static Config Section(string hocon, string path)
    {
        var reference = ConfigurationFactory.FromResource(typeof(AgentSettings).Assembly, "Orchestrator.Node.reference.conf");
        return ConfigurationFactory.ParseString($"{path} {{ {hocon} }}").WithFallback(reference).GetConfig(path);
    }
}

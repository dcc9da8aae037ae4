using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.TestKit.Tests;

[Collection(EnvironmentCollection.Name)]
public sealed class TestKitSettingsTests
{
    [Fact]
    public void Defaults_come_from_the_embedded_reference()
    {
        var settings = new TestKitSettings(Config.Empty);

        Assert.Equal(TimeSpan.FromSeconds(3), settings.SingleExpectDefault);
        Assert.Equal(TimeSpan.FromMilliseconds(100), settings.ExpectNoMessageDefault);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.DefaultTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), settings.FilterLeeway);
    }

    [Fact]
    public void The_time_factor_can_come_from_the_environment()
    {
        var previous = Environment.GetEnvironmentVariable("ORCH_TEST_TIMEFACTOR");
        Environment.SetEnvironmentVariable("ORCH_TEST_TIMEFACTOR", "2.5");
        try
        {
            // A fresh parse of the embedded reference: the cached one was resolved before the variable was set.
            Assert.Equal(2.5, new TestKitSettings(FreshReference()).TimeFactor);
            Environment.SetEnvironmentVariable("ORCH_TEST_TIMEFACTOR", null);
            Assert.Equal(1.0, new TestKitSettings(FreshReference()).TimeFactor);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ORCH_TEST_TIMEFACTOR", previous);
        }
    }

    [Theory]
    [InlineData("orch.test.timefactor = 0", "timefactor must be a positive number")]
    [InlineData("orch.test.timefactor = -1", "timefactor must be a positive number")]
    [InlineData("orch.test.filter-leeway = 0s", "filter-leeway must be a positive duration")]
    [InlineData("orch.test.default-timeout = soon", "default-timeout")]
    public void Bad_values_are_refused_with_the_setting_named(string hocon, string expected)
    {
        var failure = Assert.Throws<ConfigurationException>(() => new TestKitSettings(ConfigurationFactory.ParseString(hocon)));

        Assert.Contains(expected, failure.Message, StringComparison.Ordinal);
    }

    private static Config FreshReference() =>
        ConfigurationFactory.FromResource(typeof(TestKitSettings).Assembly, TestKitSettings.ReferenceResourceName);
}

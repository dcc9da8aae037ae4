using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Actors;

/// <summary>What ActorSystem.Create accepts and refuses.</summary>
public sealed class SystemCreationTests
{
    [Theory]
    [InlineData("")]
    [InlineData("-starts-with-a-dash")]
    [InlineData("has space")]
    [InlineData("has.dot")]
    public void A_system_name_that_cannot_be_part_of_an_address_is_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => ActorSystem.Create(name));
    }

    [Theory]
    [InlineData("orch.loglevel = loud")]
    [InlineData("orch.log-dead-letters = -1")]
    [InlineData("orch.actor.no-such-setting = 1")]
    public void Invalid_settings_are_refused_with_a_configuration_error(string hocon)
    {
        Assert.Throws<ConfigurationException>(() => ActorSystem.Create("invalid-settings", hocon));
    }

    [Fact]
    public async Task A_system_reads_its_settings_from_the_configuration_over_the_defaults()
    {
        using var system = ActorSystem.Create("configured", "orch.actor.ask-timeout = 7s\norch.loglevel = Warning");

        Assert.Equal(TimeSpan.FromSeconds(7), system.Settings.AskTimeout);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, system.Settings.LogLevel);
        Assert.Equal(10, system.Settings.LogDeadLetters);
        Assert.Equal("configured", system.Name);
        await system.Terminate().WaitAsync(TimeSpan.FromSeconds(10));
    }
}

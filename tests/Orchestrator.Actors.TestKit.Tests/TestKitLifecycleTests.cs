using System.Text.RegularExpressions;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.TestKit.Tests.Support;

namespace Orchestrator.Actors.TestKit.Tests;

/// <summary>What the TestKit does around a test: naming, configuring and shutting down its system. The kits here are made by hand.</summary>
public sealed class TestKitLifecycleTests
{
    [Fact]
    public void Each_kit_gets_its_own_system_named_after_the_test_class()
    {
        using var first = new SampleKit();
        using var second = new SampleKit();

        Assert.Matches(new Regex("^SampleKit-[0-9]+$"), first.Sys.Name);
        Assert.NotEqual(first.Sys.Name, second.Sys.Name);
    }

    [Fact]
    public void A_given_system_name_is_used()
    {
        using var kit = new SampleKit(systemName: "custom-name");

        Assert.Equal("custom-name", kit.Sys.Name);
    }

    [Fact]
    public void Dispose_runs_AfterAll_then_terminates_the_system()
    {
        var kit = new SampleKit();

        kit.Dispose();

        Assert.True(kit.SystemAliveInAfterAll);
        Assert.True(kit.Sys.WhenTerminated.IsCompleted);
        kit.Dispose();
    }

    [Fact]
    public void The_test_config_is_layered_over_the_TestKit_and_runtime_defaults()
    {
        using var kit = new SampleKit(config: "orch.test.single-expect-default = 1s\norch.log-dead-letters = 3");

        Assert.Equal(TimeSpan.FromSeconds(1), kit.RemainingOrDefault);
        Assert.Equal(TimeSpan.FromSeconds(3), kit.TestKitSettings.FilterLeeway);
        Assert.Equal(3, kit.Sys.Settings.LogDeadLetters);
        Assert.Equal("Information", kit.Sys.Settings.Config.GetString("orch.loglevel"));
    }

    [Fact]
    public void A_Config_object_can_be_given_instead_of_text()
    {
        using var kit = new SampleKit(ConfigurationFactory.ParseString("orch.test.expect-no-message-default = 20ms"));

        Assert.Equal(TimeSpan.FromMilliseconds(20), kit.TestKitSettings.ExpectNoMessageDefault);
    }

    [Fact]
    public void The_time_factor_dilates_every_explicit_timeout()
    {
        using var kit = new SampleKit(config: "orch.test.timefactor = 2");

        Assert.Equal(TimeSpan.FromSeconds(2), kit.Dilated(TimeSpan.FromSeconds(1)));
        Assert.Equal(TimeSpan.FromSeconds(6), kit.RemainingOrDefault);
        var failure = Assert.Throws<TestKitAssertionException>(() => kit.ExpectMsg<string>(TimeSpan.FromMilliseconds(50)));
        Assert.Contains("timeout (100 ms)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_test_setting_is_refused()
    {
        var failure = Assert.Throws<ConfigurationException>(() => new SampleKit(config: "orch.test.single-expect-defualt = 1s"));

        Assert.Contains("single-expect-defualt", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shutdown_terminates_another_system_and_verifies_it()
    {
        using var kit = new SampleKit();
        var other = ActorSystem.Create("other", new BootstrapSetup { LoggerFactory = kit.Sys.LoggerFactory });

        kit.Shutdown(other, verifySystemShutdown: true);

        Assert.True(other.WhenTerminated.IsCompleted);
        Assert.False(kit.Sys.WhenTerminated.IsCompleted);
    }

    [Fact]
    public void Log_lines_go_to_the_test_output_at_the_configured_level()
    {
        var output = new RecordingOutput();
        using var kit = new SampleKit(output);

        TestLog.Warning(kit.Sys.Log, "visible warning", new FormatException("the cause"));
        TestLog.Debug(kit.Sys.Log, "invisible debug");

        var line = Assert.Single(output.Lines, l => l.Contains("visible warning", StringComparison.Ordinal));
        Assert.Contains(" WARN Orchestrator.Actors.ActorSystem[", line, StringComparison.Ordinal);
        Assert.Contains("System.FormatException: the cause", line, StringComparison.Ordinal);
        Assert.DoesNotContain(output.Lines, l => l.Contains("invisible debug", StringComparison.Ordinal));
    }

    [Fact]
    public void Logging_after_the_test_finished_is_dropped_quietly()
    {
        var output = new RecordingOutput();
        using var kit = new SampleKit(output);
        output.Finished = true;

        TestLog.Error(kit.Sys.Log, "too late");

        Assert.DoesNotContain(output.Lines, l => l.Contains("too late", StringComparison.Ordinal));
    }
}

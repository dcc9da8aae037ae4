using Orchestrator.Core.Hosting;

namespace Orchestrator.Core.Tests.Hosting;

public sealed class ProcessOptionsTests
{
    [Fact]
    public void Reads_config_file_overrides_and_name()
    {
        var options = ProcessOptions.Parse("seed", ["--config", "hocon/seed.conf", "--set", "orch.loglevel=Debug", "--name", "seed-1", "--set", "a=1"]);

        Assert.Equal("seed", options.Role);
        Assert.Equal("seed-1", options.Name);
        Assert.Equal("hocon/seed.conf", options.ConfigFile);
        Assert.Equal(["orch.loglevel=Debug", "a=1"], options.Overrides);
    }

    [Fact]
    public void Name_defaults_to_the_role()
    {
        Assert.Equal("worker", ProcessOptions.Parse("worker", []).Name);
    }

    [Theory]
    [InlineData("--config")]
    [InlineData("--bogus", "x")]
    [InlineData("--set", "no-equals-sign")]
    [InlineData("--help")]
    public void Malformed_command_line_is_an_argument_error_with_usage(params string[] args)
    {
        var error = Assert.Throws<ArgumentException>(() => ProcessOptions.Parse("seed", args));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.True(error.Message.Contains("usage", StringComparison.Ordinal) || error.Message.Contains("PATH=VALUE", StringComparison.Ordinal), error.Message);
    }
}

using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Tests.Configuration;

/// <summary>The process configs in the repository's hocon/ folder parse, resolve and validate against the runtime's reference.conf.</summary>
public sealed class ProcessConfigTests
{
    public static TheoryData<string> ProcessConfigs() => ["seed.conf", "worker.conf", "console.conf"];

    [Theory]
    [MemberData(nameof(ProcessConfigs))]
    public void Process_config_parses_and_resolves(string file)
    {
        var config = ConfigurationFactory.ParseFile(Path.Combine(Hocon.RepositoryRoot(), "hocon", file));

        Assert.Equal("orchestrator", config.GetString("orch.system-name"));
        Assert.Equal(Environment.GetEnvironmentVariable("ORCH_LOGLEVEL") ?? ExpectedLogLevel(file), config.GetString("orch.loglevel"));
        Assert.InRange(config.GetInt("orch.actor.default-dispatcher.throughput"), 1, 1_000);
    }

    [Theory]
    [MemberData(nameof(ProcessConfigs))]
    public void Process_config_layers_over_the_runtime_reference_conf(string file)
    {
        var reference = ConfigurationFactory.FromResource(typeof(Config).Assembly, "Orchestrator.Actors.reference.conf");

        var config = ConfigurationFactory.ParseFile(Path.Combine(Hocon.RepositoryRoot(), "hocon", file)).WithFallback(reference);

        Assert.Equal("orchestrator", config.GetString("orch.system-name"));
        config.CheckValid(reference, "orch.actor", "orch.loglevel");
    }

    [Fact]
    public void Every_conf_file_in_the_hocon_folder_parses()
    {
        var files = Directory.GetFiles(Path.Combine(Hocon.RepositoryRoot(), "hocon"), "*.conf");

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.NotNull(ConfigurationFactory.ParseFile(file).Root));
    }

    private static string ExpectedLogLevel(string file) => file == "console.conf" ? "Warning" : "Information";
}

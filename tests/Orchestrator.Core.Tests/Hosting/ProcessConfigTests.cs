using System.Runtime.CompilerServices;
using Orchestrator.Actors.Configuration;
using Orchestrator.Core.Hosting;

namespace Orchestrator.Core.Tests.Hosting;

public sealed class ProcessConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("orch-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void References_include_every_loaded_module()
    {
        var references = ProcessConfig.References();

        Assert.Equal("orchestrator", references.GetString("orch.system-name"));
        Assert.Equal(30, references.GetInt("orch.actor.default-dispatcher.throughput"));
    }

    [Fact]
    public void Later_overrides_win_over_earlier_ones_and_over_the_file()
    {
        var file = Write("orch.loglevel = Warning\norch.actor.default-dispatcher.throughput = 7\n");

        var config = ProcessConfig.Load(new ProcessOptions("seed", "seed", file, ["orch.loglevel = Debug", "orch.loglevel = Error"]));

        Assert.Equal("Error", config.GetString("orch.loglevel"));
        Assert.Equal(7, config.GetInt("orch.actor.default-dispatcher.throughput"));
        Assert.Equal(TimeSpan.FromSeconds(5), config.GetTimeSpan("orch.coordinated-shutdown.default-phase-timeout"));
    }

    [Fact]
    public void Unknown_key_is_reported_with_file_and_line()
    {
        var file = Write("orch {\n  actor {\n    ask-timout = 5s\n  }\n}\n");

        var error = Assert.Throws<ConfigurationException>(() => ProcessConfig.Load(new ProcessOptions("seed", "seed", file, [])));

        Assert.Contains("ask-timout", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{Path.GetFileName(file)}:3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_a_configuration_error()
    {
        var error = Assert.Throws<ConfigurationException>(() => ProcessConfig.Load(new ProcessOptions("seed", "seed", Path.Combine(_dir, "absent.conf"), [])));

        Assert.Contains("absent.conf", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("seed.conf")]
    [InlineData("worker.conf")]
    [InlineData("console.conf")]
    public void Shipped_process_configs_are_valid(string name)
    {
        // The processes link these modules, so their settings are known keys there (the test host links none by itself).
        RuntimeHelpers.RunClassConstructor(typeof(Orchestrator.Node.Hosting.WorkerHost).TypeHandle);
        var config = ProcessConfig.Load(new ProcessOptions("test", "test", Path.Combine(RepoRoot(), "hocon", name), []));

        Assert.Equal("orchestrator", config.GetString("orch.system-name"));
    }

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "process.conf");
        File.WriteAllText(path, text);
        return path;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Orchestrator.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Orchestrator.sln not found above the test directory.");
    }
}

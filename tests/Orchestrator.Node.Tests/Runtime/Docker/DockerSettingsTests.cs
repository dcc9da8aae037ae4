using Orchestrator.Actors.Configuration;
using Orchestrator.Node.Runtime.Docker;

namespace Orchestrator.Node.Tests.Runtime.Docker;

public sealed class DockerSettingsTests
{
    [Fact]
    public void Defaults_come_from_the_nodes_reference_configuration()
    {
        var settings = DockerSettings.Default;

        Assert.Equal("/var/run/docker.sock", settings.SocketPath);
        Assert.Equal("/var/lib/orchestrator/docker", settings.RootDirectory);
        Assert.Equal("orchestrator/pause:1", settings.SandboxImage);
        Assert.Equal("/bin/busybox", settings.BusyboxPath);
        Assert.Equal(TimeSpan.FromSeconds(30), settings.RequestTimeout);
    }

    [Fact]
    public void Reads_overrides()
    {
        var settings = Read("""socket = "/run/other.sock", root-dir = "/tmp/x", sandbox-image = "my/pause:2", busybox = "/opt/busybox", request-timeout = 5s""");

        Assert.Equal(new DockerSettings("/run/other.sock", "/tmp/x", "my/pause:2", "/opt/busybox", TimeSpan.FromSeconds(5)), settings);
    }

    [Theory]
    [InlineData("""socket = "docker.sock" """, "socket")]
    [InlineData("""root-dir = "relative/dir" """, "root-dir")]
    [InlineData("""sandbox-image = "Not An Image" """, "sandbox-image")]
    [InlineData("""request-timeout = 0s""", "request-timeout")]
    [InlineData("""request-timeout = infinite""", "request-timeout")]
    public void Rejects_bad_values_naming_the_setting(string hocon, string key)
    {
        var error = Assert.Throws<ConfigurationException>(() => Read(hocon));

        Assert.Contains($"{DockerSettings.SectionPath}.{key}", error.Message, StringComparison.Ordinal);
    }

    private static DockerSettings Read(string hocon) =>
        DockerSettings.Create(ConfigurationFactory.ParseString(hocon).WithFallback(
            ConfigurationFactory.FromResource(typeof(DockerSettings).Assembly, "Orchestrator.Node.reference.conf").GetConfig(DockerSettings.SectionPath)));
}

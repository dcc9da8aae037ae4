using Orchestrator.Node.Runtime;
using Orchestrator.Node.Runtime.Docker;

namespace Orchestrator.Node.Tests.Runtime.Docker;

public sealed class DockerApiVersionTests
{
    [Theory]
    [InlineData("1.41", 1, 41)]
    [InlineData("1.9", 1, 9)]
    [InlineData("2.0", 2, 0)]
    public void Parses_major_and_minor(string text, int major, int minor)
    {
        var version = DockerApiVersion.Parse(text);

        Assert.Equal(new DockerApiVersion(major, minor), version);
        Assert.Equal(text, version.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.41.2")]
    [InlineData("v1.41")]
    [InlineData("1.-4")]
    public void Rejects_what_is_not_a_version(string text) =>
        Assert.Contains(text, Assert.Throws<FormatException>(() => DockerApiVersion.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Compares_minor_versions_as_numbers() =>
        Assert.True(DockerApiVersion.Parse("1.9").CompareTo(DockerApiVersion.Parse("1.41")) < 0);

    [Fact]
    public void Negotiates_down_to_the_engine_and_never_above_its_own_maximum()
    {
        Assert.Equal(new DockerApiVersion(1, 41), DockerApiVersion.Negotiate(new DockerApiVersion(1, 41)));
        Assert.Equal(DockerApiVersion.MaximumSupported, DockerApiVersion.Negotiate(new DockerApiVersion(1, 51)));
        Assert.Equal(DockerApiVersion.MaximumSupported, DockerApiVersion.Negotiate(new DockerApiVersion(2, 0)));
        Assert.Equal(
            ContainerRuntimeErrorKind.Unavailable,
            Assert.Throws<ContainerRuntimeException>(() => DockerApiVersion.Negotiate(new DockerApiVersion(1, 24))).Kind);
    }
}

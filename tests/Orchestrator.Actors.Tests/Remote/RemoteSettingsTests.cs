using System.Net;
using System.Net.Sockets;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Remote;
using Xunit;

namespace Orchestrator.Actors.Tests.Remote;

public sealed class RemoteSettingsTests
{
    [Fact]
    public void Reads_the_reference_defaults()
    {
        var settings = new RemoteSettings(ConfigurationFactory.FromResource(typeof(ActorSystem).Assembly, "Orchestrator.Actors.reference.conf"));

        Assert.Equal("127.0.0.1", settings.Hostname);
        Assert.Equal(0, settings.Port);
        Assert.Equal(256 * 1024, settings.MaximumFrameSize);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.HandshakeTimeout);
        Assert.Equal(100_000, settings.OutboundMessageQueueSize);
        Assert.Equal(TimeSpan.FromMilliseconds(200), settings.ReconnectBackoffMin);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.ReconnectBackoffMax);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.AcceptableHeartbeatPause);
        Assert.False(settings.FailureInjector);
    }

    [Theory]
    [InlineData("orch.remote.port = 70000", "orch.remote.port")]
    [InlineData("orch.remote.maximum-frame-size = 1KiB", "maximum-frame-size")]
    [InlineData("orch.remote.reconnect-backoff { min = 2s, max = 1s }", "reconnect-backoff")]
    [InlineData("orch.remote.watch-failure-detector.acceptable-heartbeat-pause = 500ms", "acceptable-heartbeat-pause")]
    [InlineData("orch.actor.provider = clustre", "orch.actor.provider")]
    public void A_bad_value_fails_system_creation_with_a_message_naming_the_key(string hocon, string key)
    {
        var error = Assert.ThrowsAny<ConfigurationException>(() => ActorSystem.Create("bad", "orch.actor.provider = remote\n" + hocon).Dispose());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_under_orch_remote_is_an_error()
    {
        var error = Assert.ThrowsAny<ConfigurationException>(() => ActorSystem.Create("bad", "orch.remote.prot = 1").Dispose());

        Assert.Contains("orch.remote.prot", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_already_taken_fails_system_creation_clearly()
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        taken.Listen(1);
        var port = ((IPEndPoint)taken.LocalEndPoint!).Port;

        var error = Assert.Throws<InvalidOperationException>(() =>
            ActorSystem.Create("clash", $"orch.actor.provider = remote\norch.remote.port = {port}").Dispose());

        Assert.Contains($"127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Sockets;
using Orchestrator.Core.Api;
using Orchestrator.Node.Probes;

namespace Orchestrator.Node.Tests.Probes;

/// <summary><see cref="TcpSocketProbeHandler"/> against real listeners on loopback.</summary>
public sealed class TcpSocketProbeHandlerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Succeeds_when_the_port_accepts_a_connection()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;

            var outcome = await Run(new TcpSocketAction(port), HttpGetProbeHandlerTests.Target());

            Assert.Equal(ProbeResult.Success, outcome.Result);
            using var accepted = await listener.AcceptTcpClientAsync();
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Fails_when_nothing_listens()
    {
        var port = HttpGetProbeHandlerTests.ClosedPort();

        var outcome = await Run(new TcpSocketAction(port), HttpGetProbeHandlerTests.Target());

        Assert.Equal(ProbeResult.Failure, outcome.Result);
        Assert.Contains($"127.0.0.1:{port}", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolves_a_named_port_and_a_host_of_its_own()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var target = HttpGetProbeHandlerTests.Target(new Dictionary<string, int> { ["db"] = ((IPEndPoint)listener.LocalEndpoint).Port })
                with { Host = "127.0.0.2" };

            var outcome = await Run(new TcpSocketAction("db", Host: "127.0.0.1"), target);

            Assert.Equal(ProbeResult.Success, outcome.Result);
        }
        finally
        {
            listener.Stop();
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(70000)]
    public async Task A_port_out_of_range_means_the_probe_could_not_run(int port)
    {
        var outcome = await Run(new TcpSocketAction(port), HttpGetProbeHandlerTests.Target());

        Assert.Equal(ProbeResult.Unknown, outcome.Result);
    }

    private static Task<ProbeOutcome> Run(TcpSocketAction action, ProbeTarget target) =>
        new TcpSocketProbeHandler(action).RunAsync(target, Timeout, CancellationToken.None);
}

using System.Net;
using System.Net.Sockets;
using Orchestrator.Core.Api;
using Orchestrator.Node.Probes;

namespace Orchestrator.Node.Tests.Probes;

/// <summary><see cref="HttpGetProbeHandler"/> against real HTTP servers on loopback.</summary>
public sealed class HttpGetProbeHandlerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private static readonly HttpClient Client = HttpGetProbeHandler.CreateSharedClient();

    [Theory]
    [InlineData(200, ProbeResult.Success)]
    [InlineData(204, ProbeResult.Success)]
    [InlineData(302, ProbeResult.Success)]
    [InlineData(399, ProbeResult.Success)]
    [InlineData(400, ProbeResult.Failure)]
    [InlineData(404, ProbeResult.Failure)]
    [InlineData(500, ProbeResult.Failure)]
    public async Task Statuses_from_200_to_399_succeed_and_others_fail(int status, ProbeResult expected)
    {
        await using var server = new LoopbackHttpServer(status);

        var outcome = await Run(new HttpGetAction("/healthz", server.Port), Target());

        Assert.Equal(expected, outcome.Result);
        Assert.Contains($"statuscode: {status}", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sends_the_path_the_headers_and_a_probe_user_agent_to_the_target_host()
    {
        await using var server = new LoopbackHttpServer(200);
        var action = new HttpGetAction("/ready?full=1", server.Port, HttpHeaders: [new("X-Probe", "yes"), new("Host", "svc.local")]);

        await Run(action, Target());
        var head = await server.NextRequestAsync();

        Assert.StartsWith("GET /ready?full=1 HTTP/1.1\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nX-Probe: yes\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nHost: svc.local\r\n", head, StringComparison.Ordinal);
        Assert.Contains($"\r\nUser-Agent: {HttpGetProbeHandler.UserAgent}\r\n", head, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_port_is_resolved_through_the_containers_ports()
    {
        await using var server = new LoopbackHttpServer(200);
        var target = Target(new Dictionary<string, int> { ["http"] = server.Port });

        var outcome = await Run(new HttpGetAction("/", "http"), target);

        Assert.Equal(ProbeResult.Success, outcome.Result);
    }

    [Fact]
    public async Task An_unknown_named_port_means_the_probe_could_not_run()
    {
        var outcome = await Run(new HttpGetAction("/", "metrics"), Target());

        Assert.Equal(ProbeResult.Unknown, outcome.Result);
        Assert.Contains("no port named \"metrics\"", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_host_of_the_action_wins_over_the_target_host()
    {
        await using var server = new LoopbackHttpServer(200);

        var outcome = await Run(new HttpGetAction("/", server.Port, Host: "127.0.0.1"), Target() with { Host = "127.0.0.2" });

        Assert.Equal(ProbeResult.Success, outcome.Result);
    }

    [Fact]
    public async Task A_refused_connection_fails()
    {
        var outcome = await Run(new HttpGetAction("/", ClosedPort()), Target());

        Assert.Equal(ProbeResult.Failure, outcome.Result);
    }

    [Fact]
    public async Task Https_is_probed_without_verifying_the_certificate()
    {
        await using var server = new LoopbackHttpServer(200, tls: true);

        var outcome = await Run(new HttpGetAction("/", server.Port, Scheme: "HTTPS"), Target());

        Assert.Equal(ProbeResult.Success, outcome.Result);
    }

    [Fact]
    public async Task A_server_that_never_answers_fails_when_the_attempt_is_cancelled()
    {
        await using var server = new LoopbackHttpServer(status: null);
        using var cancellation = new CancellationTokenSource();
        var handler = new HttpGetProbeHandler(new HttpGetAction("/", server.Port), Client);

        var attempt = handler.RunAsync(Target(), Timeout, cancellation.Token);
        await server.NextRequestAsync();
        Assert.False(attempt.IsCompleted);
        await cancellation.CancelAsync();
        var outcome = await attempt;

        Assert.Equal(ProbeResult.Failure, outcome.Result);
        Assert.Contains("timed out", outcome.Message, StringComparison.Ordinal);
    }

    internal static ProbeTarget Target(IReadOnlyDictionary<string, int>? namedPorts = null) =>
        new("c1", "127.0.0.1", namedPorts ?? new Dictionary<string, int>());

    /// <summary>A loopback port nothing listens on: bound, read, and released.</summary>
    internal static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static Task<ProbeOutcome> Run(HttpGetAction action, ProbeTarget target) =>
        new HttpGetProbeHandler(action, Client).RunAsync(target, Timeout, CancellationToken.None);
}

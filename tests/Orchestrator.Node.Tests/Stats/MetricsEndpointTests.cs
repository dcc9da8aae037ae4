using System.Net;
using System.Net.Sockets;
using Orchestrator.Actors;
using Orchestrator.Node.Stats;
using Orchestrator.Node.Tests.Probes;
using ActorTestKit = Orchestrator.Actors.TestKit.TestKit;

namespace Orchestrator.Node.Tests.Stats;

/// <summary>The collector's <see cref="MetricsEndpoint"/>, over HTTP on loopback.</summary>
public sealed class MetricsEndpointTests : ActorTestKit
{
    private static readonly StatsSettings Settings =
        new(Enabled: true, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), new IPEndPoint(IPAddress.Loopback, 0));

    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public MetricsEndpointTests()
        : base(useVirtualTime: true)
    {
    }

    [Fact]
    public async Task Serves_the_latest_snapshot_in_prometheus_text_format()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(NodeStatsSummary));
        var (_, address) = await StartAsync();
        await ExpectMsgAsync<NodeStatsSummary>();

        using var response = await _http.GetAsync(Url(address, "/metrics"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var parsed = PrometheusTextParser.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(2_000, parsed.Value("container_memory_working_set_bytes", ("namespace", "default"), ("pod", "web"), ("container", "app")));
        Assert.Equal(1, parsed.Value("orchestrator_node_pods_running"));
    }

    [Fact]
    public async Task Answers_healthz_and_nothing_else()
    {
        var (_, address) = await StartAsync();

        Assert.Equal("ok", await _http.GetStringAsync(Url(address, "/healthz")));
        using var missing = await _http.GetAsync(Url(address, "/stats/summary"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var post = await _http.PostAsync(Url(address, "/metrics"), new StringContent(string.Empty));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task Stops_serving_when_the_collector_stops()
    {
        var (collector, address) = await StartAsync();
        Watch(collector);

        Sys.Stop(collector);
        ExpectTerminated(collector);

        await AwaitAssertAsync(async () =>
        {
            using var client = new TcpClient();
            await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(address.Address, address.Port));
        });
    }

    [Fact]
    public async Task Serves_nothing_without_an_address()
    {
        var collector = Sys.ActorOf(StatsCollector.Props(Runtime(), Settings with { MetricsAddress = null }, "node-1"));

        var answer = await collector.Ask<StatsCollector.MetricsEndpointAddress>(StatsCollector.GetMetricsEndpoint.Instance, TimeSpan.FromSeconds(5));

        Assert.Null(answer.Address);
    }

    [Fact]
    public async Task A_taken_port_is_logged_and_sampling_goes_on()
    {
        using var taken = new Socket(SocketType.Stream, ProtocolType.Tcp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        taken.Listen();
        Sys.EventStream.Subscribe(TestActor, typeof(NodeStatsSummary));
        IActorRef collector = ActorRefs.Nobody;

        EventFilter.Error(contains: "Could not serve metrics").ExpectOne(() =>
            collector = Sys.ActorOf(StatsCollector.Props(Runtime(), Settings with { MetricsAddress = (IPEndPoint)taken.LocalEndPoint! }, "node-1")));

        await ExpectMsgAsync<NodeStatsSummary>();
        var answer = await collector.Ask<StatsCollector.MetricsEndpointAddress>(StatsCollector.GetMetricsEndpoint.Instance, TimeSpan.FromSeconds(5));
        Assert.Null(answer.Address);
    }

    protected override void Dispose(bool disposing)
    {
        _http.Dispose();
        base.Dispose(disposing);
    }

    private static Uri Url(IPEndPoint address, string path) => new($"http://{address}{path}");

    private static ScriptedRuntime Runtime() => new()
    {
        Containers = () => [StatsFixtures.Container("web-app", "web", "app")],
        Stats = (id, _) => Task.FromResult(StatsFixtures.Sample(id, StatsFixtures.T0, 1_000, 2_000)),
    };

    private async Task<(IActorRef Collector, IPEndPoint Address)> StartAsync()
    {
        var collector = Sys.ActorOf(StatsCollector.Props(Runtime(), Settings, "node-1"));
        var answer = await collector.Ask<StatsCollector.MetricsEndpointAddress>(StatsCollector.GetMetricsEndpoint.Instance, TimeSpan.FromSeconds(10));
        var address = Assert.IsType<IPEndPoint>(answer.Address);
        Assert.Equal(IPAddress.Loopback, address.Address);
        Assert.NotEqual(0, address.Port);
        return (collector, address);
    }
}

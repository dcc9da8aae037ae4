using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Probes;
using Orchestrator.Node.Runtime;
using ActorTestKit = Orchestrator.Actors.TestKit.TestKit;

namespace Orchestrator.Node.Tests.Probes;

/// <summary>
/// <see cref="ProbeWorker"/> with the real handlers, as the ContainerActor starts it: the per-attempt
/// timeout runs on virtual time, the servers are real and on loopback.
/// </summary>
public sealed class ProbeWorkerHandlerTests : ActorTestKit
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);

    public ProbeWorkerHandlerTests()
        : base(useVirtualTime: true)
    {
    }

    [Fact]
    public async Task An_exec_that_never_returns_fails_after_the_timeout_and_is_cancelled()
    {
        var called = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var runtime = new ScriptedRuntime
        {
            Exec = (_, _, _, cancellationToken) =>
            {
                called.TrySetResult(cancellationToken);
                var never = new TaskCompletionSource<ExecResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                cancellationToken.Register(() => never.TrySetCanceled(cancellationToken));
                return never.Task;
            },
        };
        Start(ProbeKind.Liveness, new Probe(Exec: new ExecAction(["sleep", "3600"]), FailureThreshold: 1), runtime);
        var token = await called.Task.WaitAsync(TimeSpan.FromSeconds(5));

        VirtualTime.Advance(ProbeTimeout);

        var failed = ExpectMsg<ProbeResultChanged>(m => m is { Kind: ProbeKind.Liveness, Result: ProbeResult.Failure });
        Assert.Contains("timed out", failed.Message, StringComparison.Ordinal);
        Assert.True(token.IsCancellationRequested);
    }

    [Fact]
    public async Task An_exec_that_exits_0_makes_the_container_ready()
    {
        var runtime = new ScriptedRuntime { Exec = (_, _, _, _) => Task.FromResult(new ExecResult(0, string.Empty, false)) };

        Start(ProbeKind.Readiness, new Probe(Exec: new ExecAction(["true"])), runtime);

        var ready = await ExpectMsgAsync<ProbeResultChanged>();
        Assert.Equal(new ProbeResultChanged(ProbeKind.Readiness, ProbeResult.Success, null), ready);
    }

    [Fact]
    public async Task An_http_server_that_accepts_but_never_answers_fails_after_the_timeout()
    {
        await using var server = new LoopbackHttpServer(status: null);
        Start(ProbeKind.Readiness, new Probe(HttpGet: new HttpGetAction("/healthz", server.Port), FailureThreshold: 1));
        await server.NextRequestAsync();

        VirtualTime.Advance(ProbeTimeout);

        var failed = await ExpectMsgAsync<ProbeResultChanged>(m => m.Result == ProbeResult.Failure);
        Assert.Contains("timed out", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tcp_probe_of_the_same_silent_server_succeeds()
    {
        await using var server = new LoopbackHttpServer(status: null);

        Start(ProbeKind.Readiness, new Probe(TcpSocket: new TcpSocketAction(server.Port)));

        await ExpectMsgAsync<ProbeResultChanged>(m => m.Result == ProbeResult.Success);
    }

    [Fact]
    public async Task An_http_probe_of_a_healthy_server_succeeds_each_period()
    {
        await using var server = new LoopbackHttpServer(200);
        Start(ProbeKind.Liveness, new Probe(HttpGet: new HttpGetAction("/healthz", server.Port)));
        await server.NextRequestAsync();
        await ExpectMsgAsync<ProbeResultChanged>(m => m.Result == ProbeResult.Success);

        VirtualTime.Advance(TimeSpan.FromSeconds(10));

        await server.NextRequestAsync();
    }

    private void Start(ProbeKind kind, Probe probe, IContainerRuntime? runtime = null)
    {
        var target = HttpGetProbeHandlerTests.Target();
        runtime ??= new ScriptedRuntime();
        Sys.ActorOf(ForwardingParent.Props(ProbeWorker.Props(kind, probe, target, runtime), TestActor));
    }
}

using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Probes;
using ActorTestKit = Orchestrator.Actors.TestKit.TestKit;

namespace Orchestrator.Node.Tests.Probes;

/// <summary><see cref="ProbeWorker"/>: timing, thresholds and reporting, on virtual time.</summary>
public sealed class ProbeWorkerTests : ActorTestKit
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);
    private static readonly ProbeTarget Target = new("c1", "127.0.0.1", new Dictionary<string, int>());

    private readonly ScriptedProbeHandler _handler = new();
    private IActorRef _parent = ActorRefs.Nobody;

    public ProbeWorkerTests()
        : base(useVirtualTime: true)
    {
    }

    [Fact]
    public async Task Liveness_reports_its_first_success_and_fails_only_after_the_failure_threshold()
    {
        Start(ProbeKind.Liveness, new Probe(TcpSocket: new TcpSocketAction(80)));

        (await _handler.NextAttemptAsync()).Complete(ProbeResult.Success);
        ExpectMsg(new ProbeResultChanged(ProbeKind.Liveness, ProbeResult.Success, "Success"));
        await _handler.AnswerAsync(2, ProbeResult.Failure, NextPeriod);
        SyncAndExpectNothingElse();
        NextPeriod();
        (await _handler.NextAttemptAsync()).Complete(ProbeResult.Failure, "connection refused");

        ExpectMsg(new ProbeResultChanged(ProbeKind.Liveness, ProbeResult.Failure, "connection refused"));
    }

    [Fact]
    public async Task A_success_resets_the_run_of_failures()
    {
        Start(ProbeKind.Liveness, new Probe(TcpSocket: new TcpSocketAction(80), FailureThreshold: 2));
        await _handler.AnswerAsync(1, ProbeResult.Success);
        ExpectMsg<ProbeResultChanged>(m => m.Result == ProbeResult.Success);

        await _handler.AnswerAsync(1, ProbeResult.Failure, NextPeriod);
        await _handler.AnswerAsync(1, ProbeResult.Success, NextPeriod);
        await _handler.AnswerAsync(1, ProbeResult.Failure, NextPeriod);
        SyncAndExpectNothingElse();
        await _handler.AnswerAsync(1, ProbeResult.Failure, NextPeriod);

        ExpectMsg<ProbeResultChanged>(m => m.Result == ProbeResult.Failure);
    }

    [Fact]
    public async Task Readiness_needs_the_success_threshold_of_successes_in_a_row_to_become_ready()
    {
        Start(ProbeKind.Readiness, new Probe(TcpSocket: new TcpSocketAction(80), SuccessThreshold: 2, FailureThreshold: 1));

        await _handler.AnswerAsync(1, ProbeResult.Success);
        SyncAndExpectNothingElse();
        await _handler.AnswerAsync(1, ProbeResult.Failure, NextPeriod);
        ExpectMsg<ProbeResultChanged>(m => m is { Kind: ProbeKind.Readiness, Result: ProbeResult.Failure });
        await _handler.AnswerAsync(1, ProbeResult.Success, NextPeriod);
        SyncAndExpectNothingElse();
        await _handler.AnswerAsync(1, ProbeResult.Success, NextPeriod);

        ExpectMsg<ProbeResultChanged>(m => m is { Kind: ProbeKind.Readiness, Result: ProbeResult.Success });
    }

    [Fact]
    public void Readiness_is_assumed_failed_and_liveness_and_startup_succeeded_until_probed()
    {
        Assert.Equal(ProbeResult.Failure, ProbeWorker.InitialResult(ProbeKind.Readiness));
        Assert.Equal(ProbeResult.Success, ProbeWorker.InitialResult(ProbeKind.Liveness));
        Assert.Equal(ProbeResult.Success, ProbeWorker.InitialResult(ProbeKind.Startup));
    }

    [Fact]
    public async Task Does_not_probe_before_the_initial_delay_then_probes_every_period()
    {
        Start(ProbeKind.Readiness, new Probe(TcpSocket: new TcpSocketAction(80), InitialDelaySeconds: 5));
        SyncAndExpectNothingElse();

        VirtualTime.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(1));
        SyncAndExpectNothingElse();
        Assert.False(_handler.HasPendingAttempt);
        VirtualTime.Advance(TimeSpan.FromMilliseconds(1));
        await _handler.AnswerAsync(1, ProbeResult.Success);
        ExpectMsg<ProbeResultChanged>(m => m.Result == ProbeResult.Success);
        VirtualTime.Advance(Period - TimeSpan.FromMilliseconds(1));
        SyncAndExpectNothingElse();
        Assert.False(_handler.HasPendingAttempt);
        VirtualTime.Advance(TimeSpan.FromMilliseconds(1));

        await _handler.NextAttemptAsync();
    }

    [Fact]
    public async Task An_attempt_that_outlives_the_timeout_fails_is_cancelled_and_its_late_result_is_ignored()
    {
        Start(ProbeKind.Readiness, new Probe(TcpSocket: new TcpSocketAction(80), TimeoutSeconds: 2, FailureThreshold: 1));
        var hung = await _handler.NextAttemptAsync();

        VirtualTime.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromMilliseconds(1));
        SyncAndExpectNothingElse();
        VirtualTime.Advance(TimeSpan.FromMilliseconds(1));
        var failed = ExpectMsg<ProbeResultChanged>(m => m.Result == ProbeResult.Failure);
        Assert.Contains("timed out", failed.Message, StringComparison.Ordinal);
        Assert.True(hung.Token.IsCancellationRequested);
        hung.Complete(ProbeResult.Success);

        SyncAndExpectNothingElse();
    }

    [Fact]
    public async Task Skips_a_period_while_the_previous_attempt_still_runs()
    {
        Start(ProbeKind.Readiness, new Probe(TcpSocket: new TcpSocketAction(80), TimeoutSeconds: 15));
        var slow = await _handler.NextAttemptAsync();

        NextPeriod();
        SyncAndExpectNothingElse();
        Assert.False(_handler.HasPendingAttempt);
        slow.Complete(ProbeResult.Success);
        ExpectMsg<ProbeResultChanged>(m => m.Result == ProbeResult.Success);
        NextPeriod();

        await _handler.NextAttemptAsync();
    }

    [Fact]
    public async Task Attempts_that_could_not_run_count_neither_way()
    {
        Start(ProbeKind.Liveness, new Probe(TcpSocket: new TcpSocketAction(80), FailureThreshold: 2));

        await _handler.AnswerAsync(1, ProbeResult.Failure);
        await _handler.AnswerAsync(1, ProbeResult.Unknown, NextPeriod);
        SyncAndExpectNothingElse();
        await _handler.AnswerAsync(1, ProbeResult.Failure, NextPeriod);

        ExpectMsg<ProbeResultChanged>(m => m.Result == ProbeResult.Failure);
    }

    [Theory]
    [InlineData(ProbeKind.Liveness, ProbeResult.Failure)]
    [InlineData(ProbeKind.Startup, ProbeResult.Failure)]
    [InlineData(ProbeKind.Startup, ProbeResult.Success)]
    public async Task Stops_probing_once_the_verdict_is_final(ProbeKind kind, ProbeResult verdict)
    {
        Start(kind, new Probe(TcpSocket: new TcpSocketAction(80), FailureThreshold: 1));
        await _handler.AnswerAsync(1, verdict);
        ExpectMsg<ProbeResultChanged>(m => m.Kind == kind && m.Result == verdict);

        VirtualTime.Advance(Period * 5);

        SyncAndExpectNothingElse();
        Assert.False(_handler.HasPendingAttempt);
    }

    [Fact]
    public async Task Readiness_keeps_probing_after_a_failure_and_reports_recovery()
    {
        Start(ProbeKind.Readiness, new Probe(TcpSocket: new TcpSocketAction(80), FailureThreshold: 1));
        await _handler.AnswerAsync(1, ProbeResult.Success);
        ExpectMsg<ProbeResultChanged>(m => m.Result == ProbeResult.Success);

        await _handler.AnswerAsync(1, ProbeResult.Failure, NextPeriod);
        ExpectMsg<ProbeResultChanged>(m => m.Result == ProbeResult.Failure);
        await _handler.AnswerAsync(1, ProbeResult.Success, NextPeriod);

        ExpectMsg<ProbeResultChanged>(m => m.Result == ProbeResult.Success);
    }

    [Fact]
    public async Task Stopping_the_worker_cancels_the_running_attempt()
    {
        Start(ProbeKind.Liveness, new Probe(TcpSocket: new TcpSocketAction(80)));
        var running = await _handler.NextAttemptAsync();

        Watch(_parent);
        Sys.Stop(_parent);
        ExpectTerminated(_parent);

        Assert.True(running.Token.IsCancellationRequested);
    }

    [Fact]
    public void A_probe_without_exactly_one_handler_is_refused()
    {
        var runtime = new ScriptedRuntime();

        Assert.Throws<ArgumentException>(() => ProbeWorker.Props(ProbeKind.Liveness, new Probe(), Target, runtime));
        Assert.Throws<ArgumentException>(() => ProbeWorker.Props(
            ProbeKind.Liveness, new Probe(Exec: new ExecAction(["true"]), TcpSocket: new TcpSocketAction(80)), Target, runtime));
    }

    private void Start(ProbeKind kind, Probe probe) =>
        _parent = Sys.ActorOf(ForwardingParent.Props(ProbeWorker.Props(kind, probe, Target, _handler), TestActor));

    private void NextPeriod() => VirtualTime.Advance(Period);

    /// <summary>Waits until the worker has handled everything sent so far, and checks it reported nothing meanwhile.</summary>
    private void SyncAndExpectNothingElse()
    {
        _parent.Tell(ForwardingParent.Sync.Instance, TestActor);
        ExpectMsg<ActorIdentity>();
    }
}

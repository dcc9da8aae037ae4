using Microsoft.Extensions.Logging;
using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Runtime;

namespace Orchestrator.Node.Probes;

/// <summary>
/// Runs one probe of one running container, as the kubelet's probe worker: the first attempt after
/// <see cref="Probe.InitialDelaySeconds"/>, then one every <see cref="Probe.PeriodSeconds"/>, each
/// bounded by <see cref="Probe.TimeoutSeconds"/> (a timed-out attempt is a failure); the result
/// flips after <see cref="Probe.SuccessThreshold"/> successes or <see cref="Probe.FailureThreshold"/>
/// failures in a row, and every flip, and the first thresholded result, goes to the parent as a
/// <see cref="ProbeResultChanged"/>.
/// </summary>
/// <remarks>
/// Until then a readiness probe counts as failed and liveness and startup probes as succeeded, as
/// the kubelet assumes. Once a liveness or startup probe has failed the worker holds (the container
/// is being restarted, and its parent starts a new worker for the new container); once a startup
/// probe has succeeded it stops probing. Attempts run off the actor's thread and come back as
/// messages; the result of an attempt that timed out is ignored. All timing is on the actor
/// scheduler, so virtual time drives it in tests. Zero or negative settings take Kubernetes'
/// defaults, as the API server would have filled them in.
/// </remarks>
public sealed partial class ProbeWorker : ActorBase, IWithTimers
{
    private static readonly object TickKey = "probe-tick";
    private static readonly object TimeoutKey = "probe-timeout";

    private readonly ProbeKind _kind;
    private readonly ProbeTarget _target;
    private readonly IProbeHandler _handler;
    private readonly ProbeTiming _timing;
    private readonly ILogger _log;
    private Attempt? _attempt;
    private int _attempts;
    private ProbeResult? _reported;
    private ProbeResult _lastResult;
    private int _resultRun;
    private bool _onHold;

    private ProbeWorker(ProbeKind kind, Probe probe, ProbeTarget target, IProbeHandler handler)
    {
        _kind = kind;
        _target = target;
        _handler = handler;
        _timing = ProbeTiming.Of(kind, probe);
        _log = Context.System.LoggerFactory.CreateLogger<ProbeWorker>();
    }

    /// <summary>Set by the runtime.</summary>
    public ITimerScheduler Timers { get; set; } = null!;

    /// <summary>The props of a worker running <paramref name="probe"/> as a <paramref name="kind"/> probe of <paramref name="target"/>.</summary>
    /// <exception cref="ArgumentException">The probe has no handler, or more than one.</exception>
    public static Props Props(ProbeKind kind, Probe probe, ProbeTarget target, IContainerRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(runtime);
        return Props(kind, probe, target, ProbeHandlers.For(probe, runtime));
    }

    /// <summary>The props of a worker with a given handler.</summary>
    internal static Props Props(ProbeKind kind, Probe probe, ProbeTarget target, IProbeHandler handler)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(handler);
        return Orchestrator.Actors.Props.Create(() => new ProbeWorker(kind, probe, target, handler));
    }

    /// <summary>The assumed result before the first thresholded one: the kubelet's initial values.</summary>
    internal static ProbeResult InitialResult(ProbeKind kind) =>
        kind == ProbeKind.Readiness ? ProbeResult.Failure : ProbeResult.Success;

    protected override void PreStart() =>
        Timers.StartPeriodicTimer(TickKey, Tick.Instance, _timing.InitialDelay, _timing.Period);

    protected override void PostStop() => _attempt?.Abandon();

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case Tick:
                OnTick();
                return true;
            case AttemptCompleted completed:
                OnCompleted(completed);
                return true;
            case AttemptTimedOut timedOut:
                OnTimedOut(timedOut);
                return true;
            default:
                return false;
        }
    }

    private void OnTick()
    {
        if (_onHold)
        {
            return;
        }

        if (_attempt is not null)
        {
            Log.AttemptStillRunning(_log, _kind, _target.ContainerId, _attempt.Number);
            return;
        }

        var attempt = new Attempt(++_attempts);
        _attempt = attempt;
        Timers.StartSingleTimer(TimeoutKey, new AttemptTimedOut(attempt.Number), _timing.Timeout);
        Task<ProbeOutcome> task;
        try
        {
            task = _handler.RunAsync(_target, _timing.Timeout, attempt.Token);
        }
        catch (Exception e)
        {
            task = Task.FromException<ProbeOutcome>(e);
        }

        task.PipeTo(
            Self,
            success: outcome => new AttemptCompleted(attempt.Number, outcome),
            failure: e => new AttemptCompleted(attempt.Number, ProbeOutcome.Unknown($"probe error: {e.Message}")));
    }

    private void OnCompleted(AttemptCompleted completed)
    {
        if (_attempt?.Number != completed.Number)
        {
            Log.SupersededAttempt(_log, _kind, _target.ContainerId, completed.Number);
            return;
        }

        Timers.Cancel(TimeoutKey);
        _attempt.Finish();
        _attempt = null;
        Apply(completed.Outcome);
    }

    private void OnTimedOut(AttemptTimedOut timedOut)
    {
        if (_attempt?.Number != timedOut.Number)
        {
            return;
        }

        _attempt.Abandon();
        _attempt = null;
        Apply(ProbeOutcome.Failure($"probe timed out after {_timing.Timeout.TotalSeconds:0.###}s"));
    }

    private void Apply(ProbeOutcome outcome)
    {
        if (outcome.Result == ProbeResult.Unknown)
        {
            Log.ProbeError(_log, _kind, _target.ContainerId, outcome.Message);
            return;
        }

        if (outcome.Result == ProbeResult.Failure)
        {
            Log.AttemptFailed(_log, _kind, _target.ContainerId, outcome.Message);
        }

        if (outcome.Result == _lastResult)
        {
            _resultRun++;
        }
        else
        {
            _lastResult = outcome.Result;
            _resultRun = 1;
        }

        var threshold = outcome.Result == ProbeResult.Success ? _timing.SuccessThreshold : _timing.FailureThreshold;
        if (_resultRun < threshold)
        {
            return;
        }

        if (_reported != outcome.Result)
        {
            _reported = outcome.Result;
            Log.ResultChanged(_log, _kind, _target.ContainerId, outcome.Result, outcome.Message);
            Context.Parent.Tell(new ProbeResultChanged(_kind, outcome.Result, outcome.Message), Self);
        }

        if (outcome.Result == ProbeResult.Failure && _kind != ProbeKind.Readiness)
        {
            // The container is about to be killed; probing it further would only repeat the verdict.
            _onHold = true;
            _resultRun = 0;
            Timers.Cancel(TickKey);
        }
        else if (outcome.Result == ProbeResult.Success && _kind == ProbeKind.Startup)
        {
            Timers.Cancel(TickKey);
        }
    }
}

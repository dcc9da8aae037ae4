using Orchestrator.Actors;
using Orchestrator.Core.Api;
using Orchestrator.Node.Agent.Internal;
using Orchestrator.Node.Probes;

namespace Orchestrator.Node.Agent;

/// <summary>
/// Probes, as the kubelet runs them: the startup probe first, liveness and readiness once it has
/// succeeded (or at once without one); a failed liveness or startup probe kills the container, which
/// is then restarted as its policy says; readiness makes the container ready or not. A worker is
/// named after its probe and container (<c>liveness-ID</c>).
/// </summary>
internal sealed partial class ContainerActor
{
    private readonly Dictionary<IActorRef, ProbeKind> _probes = [];
    private ProbeTarget? _probeTarget;
    private bool _started;
    private bool _ready;

    private void StartProbes(string containerId)
    {
        _probeTarget = new ProbeTarget(
            containerId,
            _podIp ?? "127.0.0.1",
            _spec.Ports.Where(p => !string.IsNullOrEmpty(p.Name)).GroupBy(p => p.Name!).ToDictionary(g => g.Key, g => g.First().Port));
        _started = _spec.StartupProbe is null;
        _ready = _started && _spec.ReadinessProbe is null;
        if (_spec.StartupProbe is { } startup)
        {
            StartProbe(ProbeKind.Startup, startup);
        }
        else
        {
            StartRunningProbes();
        }
    }

    private void StartRunningProbes()
    {
        if (_spec.LivenessProbe is { } liveness)
        {
            StartProbe(ProbeKind.Liveness, liveness);
        }

        if (_spec.ReadinessProbe is { } readiness)
        {
            StartProbe(ProbeKind.Readiness, readiness);
        }
    }

    private void StartProbe(ProbeKind kind, Probe probe)
    {
        try
        {
            var name = ActorNames.For($"{kind.ToString().ToLowerInvariant()}-{_probeTarget!.ContainerId}");
            _probes[Context.ActorOf(ProbeWorker.Props(kind, probe, _probeTarget, _runtime), name)] = kind;
        }
        catch (ArgumentException e)
        {
            // A probe with no handler, or several: the API server would have refused it.
            Log.BadProbe(_log, kind, _spec.Name, RuntimeConfigs.Describe(_pod), e.Message);
        }
    }

    private void StopProbes()
    {
        foreach (var worker in _probes.Keys)
        {
            Context.Stop(worker);
        }

        _probes.Clear();
        _started = false;
        _ready = false;
    }

    private void OnProbeResult(ProbeResultChanged changed)
    {
        if (!_probes.ContainsKey(Sender) || _phase != Phase.Running)
        {
            return;
        }

        Log.ProbeResult(_log, changed.Kind, _spec.Name, RuntimeConfigs.Describe(_pod), changed.Result, changed.Message);
        switch (changed.Kind, changed.Result)
        {
            case (ProbeKind.Startup, ProbeResult.Success):
                _started = true;
                _ready = _spec.ReadinessProbe is null;
                StartRunningProbes();
                break;
            case (ProbeKind.Startup, ProbeResult.Failure):
                Kill(ProbeKind.Startup, _spec.StartupProbe);
                break;
            case (ProbeKind.Liveness, ProbeResult.Failure):
                Kill(ProbeKind.Liveness, _spec.LivenessProbe);
                break;
            case (ProbeKind.Readiness, var result):
                _ready = _started && result == ProbeResult.Success;
                break;
        }

        Report();
    }

    /// <summary>A liveness or startup probe failed: stop the container gracefully; its exit then restarts it as its policy says.</summary>
    private void Kill(ProbeKind kind, Probe? probe)
    {
        var seconds = probe?.TerminationGracePeriodSeconds ?? _pod.Spec.TerminationGracePeriodSeconds ?? Core.Api.PodSpec.DefaultTerminationGracePeriodSeconds;
        var grace = TimeSpan.FromSeconds(Math.Max(0, seconds));
        Log.Unhealthy(_log, _spec.Name, kind.ToString().ToLowerInvariant(), RuntimeConfigs.Describe(_pod), grace);
        var (runtime, log, id) = (_runtime, _log, _containerId!);
        runtime.StopContainerAsync(id, grace, _lifetime.Token).ContinueWith(
            t => Log.KillFailed(log, id, t.Exception!.GetBaseException()),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}

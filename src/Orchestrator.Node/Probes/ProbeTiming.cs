using Orchestrator.Core.Api;

namespace Orchestrator.Node.Probes;

/// <summary>
/// A probe's timing and thresholds, with Kubernetes' defaults for values left at zero (the API
/// server's defaulting) and a success threshold of 1 for liveness and startup probes (its validation).
/// </summary>
internal sealed record ProbeTiming(
    TimeSpan InitialDelay, TimeSpan Period, TimeSpan Timeout, int SuccessThreshold, int FailureThreshold)
{
    public static ProbeTiming Of(ProbeKind kind, Probe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return new ProbeTiming(
            TimeSpan.FromSeconds(Math.Max(0, probe.InitialDelaySeconds)),
            TimeSpan.FromSeconds(probe.PeriodSeconds > 0 ? probe.PeriodSeconds : 10),
            TimeSpan.FromSeconds(probe.TimeoutSeconds > 0 ? probe.TimeoutSeconds : 1),
            kind == ProbeKind.Readiness && probe.SuccessThreshold > 0 ? probe.SuccessThreshold : 1,
            probe.FailureThreshold > 0 ? probe.FailureThreshold : 3);
    }
}

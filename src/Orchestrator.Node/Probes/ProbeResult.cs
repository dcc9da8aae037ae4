namespace Orchestrator.Node.Probes;

/// <summary>The result of a probe, after its success and failure thresholds.</summary>
public enum ProbeResult
{
    /// <summary>The probe succeeded (or, for liveness and startup, has not failed yet).</summary>
    Success,

    /// <summary>The probe failed its failure threshold of times in a row (or readiness has not succeeded yet).</summary>
    Failure,

    /// <summary>
    /// An attempt that could not run at all (no such named port, the container is gone). Such attempts
    /// count neither way, as the kubelet throws prober errors away, so a worker never reports it.
    /// </summary>
    Unknown,
}

namespace Orchestrator.Node.Probes;

/// <summary>What a probe decides for its container.</summary>
public enum ProbeKind
{
    /// <summary>Whether the container is alive; a failure restarts it.</summary>
    Liveness,

    /// <summary>Whether the container may receive traffic; drives the pod's Ready condition.</summary>
    Readiness,

    /// <summary>Whether the container has started; liveness and readiness wait for it, a failure restarts it.</summary>
    Startup,
}

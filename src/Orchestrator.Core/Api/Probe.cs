namespace Orchestrator.Core.Api;

/// <summary>
/// A health check of a container, as Kubernetes' core/v1 Probe: exactly one handler
/// (<see cref="Exec"/>, <see cref="HttpGet"/> or <see cref="TcpSocket"/>) run every
/// <see cref="PeriodSeconds"/> after <see cref="InitialDelaySeconds"/>, each attempt bounded by
/// <see cref="TimeoutSeconds"/>; the result flips only after <see cref="SuccessThreshold"/>
/// consecutive successes or <see cref="FailureThreshold"/> consecutive failures. The defaults
/// are Kubernetes' own.
/// </summary>
/// <param name="Exec">Runs a command in the container; exit code 0 is success.</param>
/// <param name="HttpGet">An HTTP GET; a status from 200 to 399 is success.</param>
/// <param name="TcpSocket">A TCP connect; an established connection is success.</param>
/// <param name="InitialDelaySeconds">Seconds after the container started before the first attempt.</param>
/// <param name="TimeoutSeconds">Seconds one attempt may take before it counts as a failure.</param>
/// <param name="PeriodSeconds">Seconds between attempts.</param>
/// <param name="SuccessThreshold">Consecutive successes after a failure to count as success (1 for liveness and startup).</param>
/// <param name="FailureThreshold">Consecutive failures to count as failure.</param>
/// <param name="TerminationGracePeriodSeconds">
/// The grace period for killing the container when this probe fails; the pod's when null.
/// </param>
public sealed record Probe(
    ExecAction? Exec = null,
    HttpGetAction? HttpGet = null,
    TcpSocketAction? TcpSocket = null,
    int InitialDelaySeconds = 0,
    int TimeoutSeconds = 1,
    int PeriodSeconds = 10,
    int SuccessThreshold = 1,
    int FailureThreshold = 3,
    long? TerminationGracePeriodSeconds = null);

namespace Orchestrator.Node.Probes;

/// <summary>The result of one probe attempt, before thresholds.</summary>
/// <param name="Result">
/// Success or Failure; Unknown when the probe could not be run at all (no such named port, the
/// container is gone), which the worker ignores, as the kubelet throws away prober errors.
/// </param>
/// <param name="Message">What the attempt saw: the HTTP status, the exec output, the connection error.</param>
internal sealed record ProbeOutcome(ProbeResult Result, string? Message)
{
    public static ProbeOutcome Success(string? message = null) => new(ProbeResult.Success, message);

    public static ProbeOutcome Failure(string message) => new(ProbeResult.Failure, message);

    public static ProbeOutcome Unknown(string message) => new(ProbeResult.Unknown, message);
}

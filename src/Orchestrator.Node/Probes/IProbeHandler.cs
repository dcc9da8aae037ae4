namespace Orchestrator.Node.Probes;

/// <summary>
/// Runs one attempt of a probe. The <see cref="ProbeWorker"/> bounds the attempt by the probe's
/// timeout on the actor scheduler and cancels <c>cancellationToken</c> when it runs out; a handler
/// must stop promptly then and must not throw for an unhealthy container (that is a
/// <see cref="ProbeResult.Failure"/>).
/// </summary>
internal interface IProbeHandler
{
    /// <summary>One attempt against <paramref name="target"/>.</summary>
    /// <param name="target">The container and the host its ports are reached on.</param>
    /// <param name="timeout">The probe's timeout, for handlers whose callee enforces one too (exec).</param>
    /// <param name="cancellationToken">Cancelled when the attempt has timed out or the worker stops.</param>
    Task<ProbeOutcome> RunAsync(ProbeTarget target, TimeSpan timeout, CancellationToken cancellationToken);
}

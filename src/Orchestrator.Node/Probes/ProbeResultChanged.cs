namespace Orchestrator.Node.Probes;

/// <summary>
/// Sent by a <see cref="ProbeWorker"/> to its parent once for the first thresholded result and
/// then each time the thresholded result changes.
/// </summary>
/// <param name="Kind">Which probe.</param>
/// <param name="Result">Its thresholded result.</param>
/// <param name="Message">What the last attempt said (e.g. the HTTP status or the exec output); null when nothing.</param>
public sealed record ProbeResultChanged(ProbeKind Kind, ProbeResult Result, string? Message);

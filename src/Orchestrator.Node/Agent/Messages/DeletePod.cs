namespace Orchestrator.Node.Agent.Messages;

/// <summary>
/// Stop a pod and remove it: its containers get SIGTERM, then SIGKILL after the grace period, then
/// they and the sandbox are removed, and a <see cref="PodRemoved"/> goes to the status receiver.
/// </summary>
/// <param name="PodUid">The pod's uid.</param>
/// <param name="GracePeriodSeconds">
/// The grace period; when null, the pod's deletionGracePeriodSeconds, else its terminationGracePeriodSeconds (30 by default).
/// </param>
public sealed record DeletePod(string PodUid, long? GracePeriodSeconds = null);

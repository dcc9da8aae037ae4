namespace Orchestrator.Actors.Cluster;

/// <summary>One observation: <paramref name="Observer"/> sees <paramref name="Subject"/> as <paramref name="Status"/>, at the observer's version.</summary>
public sealed record ReachabilityRecord(UniqueAddress Observer, UniqueAddress Subject, ReachabilityStatus Status, long Version);

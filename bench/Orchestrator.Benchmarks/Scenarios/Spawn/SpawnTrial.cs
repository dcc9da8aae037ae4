namespace Orchestrator.Benchmarks.Scenarios.Spawn;

/// <summary>The figures of one spawn of idle actors.</summary>
/// <param name="Seconds">From the request until every child's PreStart ran.</param>
/// <param name="LoopSeconds">The parent's ActorOf loop alone.</param>
/// <param name="GcPauseSeconds">Time the GC paused the process during <paramref name="Seconds"/>.</param>
/// <param name="StopSeconds">From asking the parent to stop each child until every child's PostStop ran.</param>
/// <param name="BytesPerActor">Live heap growth per child, the children alive.</param>
/// <param name="ChildrenMapBytesPerActor">Of that, the parent's name-to-child dictionary (entries and buckets).</param>
/// <param name="NameBytesPerActor">Of that, the child's generated name string.</param>
internal sealed record SpawnTrial(double Seconds, double LoopSeconds, double GcPauseSeconds, double StopSeconds, double BytesPerActor, double ChildrenMapBytesPerActor, double NameBytesPerActor);

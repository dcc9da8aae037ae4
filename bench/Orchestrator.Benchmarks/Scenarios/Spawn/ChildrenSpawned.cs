namespace Orchestrator.Benchmarks.Scenarios.Spawn;

/// <summary>The parent's answer to <see cref="SpawnChildren"/>: how long its ActorOf loop took (the children may still be starting).</summary>
internal sealed record ChildrenSpawned(TimeSpan Elapsed);

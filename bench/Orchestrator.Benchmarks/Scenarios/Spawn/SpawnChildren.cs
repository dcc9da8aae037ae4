using Orchestrator.Actors;

namespace Orchestrator.Benchmarks.Scenarios.Spawn;

/// <summary>Asks a <see cref="SpawningParent"/> to create <paramref name="Count"/> children from <paramref name="Props"/>.</summary>
internal sealed record SpawnChildren(int Count, Props Props);

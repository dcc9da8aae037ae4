namespace Orchestrator.Benchmarks.Scenarios.Spawn;

/// <summary>Asks a <see cref="SpawningParent"/> to stop each of its children, itself staying alive.</summary>
internal sealed record StopChildren
{
    /// <summary>The one instance.</summary>
    public static StopChildren Instance { get; } = new();
}

using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>
/// What the benchmark learns from its entities, from any thread: each signals <see cref="Recovered"/> on
/// RecoveryCompleted (having added its replayed events to <see cref="Replayed"/>) and <see cref="Done"/>
/// when the events it was told to persist are all stored.
/// </summary>
internal sealed class EntityProbe(long entities)
{
    private long _replayed;

    /// <summary>Completes when every entity has recovered.</summary>
    public Countdown Recovered { get; } = new(entities);

    /// <summary>Completes when every entity has persisted what it was told to.</summary>
    public Countdown Done { get; } = new(entities);

    /// <summary>The events all entities replayed.</summary>
    public long Replayed => Interlocked.Read(ref _replayed);

    /// <summary>Counts an entity's replayed events and signals its recovery.</summary>
    public void OnRecovered(long events)
    {
        Interlocked.Add(ref _replayed, events);
        Recovered.Signal();
    }
}

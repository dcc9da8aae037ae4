namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>The event every benchmark entity persists and replays: a small record, as a counter's change.</summary>
/// <param name="Total">The entity's count after the event.</param>
internal sealed record Counted(long Total)
{
    /// <summary>The manifest it is registered under for serialization.</summary>
    public const string Manifest = "bench.persistence.counted";
}

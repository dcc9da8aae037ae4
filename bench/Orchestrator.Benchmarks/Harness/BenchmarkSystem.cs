using Orchestrator.Actors;

namespace Orchestrator.Benchmarks.Harness;

/// <summary>
/// Makes the actor systems scenarios measure: the reference configuration, with logging
/// raised to warnings so that lifecycle lines (coordinated shutdown, per trial) do not
/// interleave with progress. One place to set what every benchmark system shares.
/// </summary>
public static class BenchmarkSystem
{
    private const string Config = "orch.loglevel = Warning";

    /// <summary>A new actor system for a scenario or one of its trials.</summary>
    public static ActorSystem Create(string name) => ActorSystem.Create(name, Config);
}

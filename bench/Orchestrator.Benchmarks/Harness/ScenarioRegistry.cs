using Orchestrator.Benchmarks.Scenarios.Persistence;
using Orchestrator.Benchmarks.Scenarios.PingPong;
using Orchestrator.Benchmarks.Scenarios.Spawn;

namespace Orchestrator.Benchmarks.Harness;

/// <summary>Every scenario the harness knows, by name. New scenarios are added to <see cref="All"/>.</summary>
public static class ScenarioRegistry
{
    /// <summary>The scenarios, in the order <c>list</c> prints them.</summary>
    public static IReadOnlyList<IScenario> All { get; } =
    [
        new PingPongScenario(),
        new SpawnScenario(),
        new PersistScenario(),
        new RecoveryScenario(),
        new Scenarios.ContainerStart.ContainerStartScenario(),
        new Scenarios.RemotePingPong.RemotePingPongScenario(),
        new Scenarios.Failover.FailoverScenario(),
    ];

    /// <summary>The scenario with this name (case-insensitive), or null.</summary>
    public static IScenario? Find(string name) =>
        All.FirstOrDefault(scenario => string.Equals(scenario.Name, name, StringComparison.OrdinalIgnoreCase));
}

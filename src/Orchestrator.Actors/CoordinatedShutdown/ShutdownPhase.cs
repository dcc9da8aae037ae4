namespace Orchestrator.Actors;

/// <summary>
/// One phase of coordinated shutdown as configured under <c>orch.coordinated-shutdown.phases</c>.
/// </summary>
/// <param name="Name">The phase's key in the configuration.</param>
/// <param name="DependsOn">The phases that must have run before this one.</param>
/// <param name="Timeout">How long the phase's tasks may take together.</param>
/// <param name="Recover">
/// When on, a task that fails or a phase that times out is logged and the run goes on; when off, it
/// fails the run and the remaining phases are skipped.
/// </param>
/// <param name="Enabled">When off, the phase's tasks are skipped.</param>
internal sealed record ShutdownPhase(string Name, IReadOnlyList<string> DependsOn, TimeSpan Timeout, bool Recover, bool Enabled);

namespace Orchestrator.Benchmarks.Harness;

/// <summary>
/// One benchmark scenario of the harness: it measures the runtime beside a baseline
/// measured in the same run and returns its figures. Add a scenario by implementing
/// this interface and listing it in <see cref="ScenarioRegistry"/>.
/// </summary>
public interface IScenario
{
    /// <summary>The name given on the command line, lower-case with dashes (<c>pingpong</c>).</summary>
    string Name { get; }

    /// <summary>One line saying what is measured and against which baseline, shown by <c>list</c>.</summary>
    string Description { get; }

    /// <summary>Runs the scenario; progress goes to <see cref="ScenarioOptions.Progress"/>, figures come back in the report.</summary>
    Task<ScenarioReport> RunAsync(ScenarioOptions options, CancellationToken cancellationToken);
}

namespace Orchestrator.Benchmarks.Harness;

/// <summary>How a scenario is to run.</summary>
/// <param name="Quick">A smoke run: smaller workloads, one trial; each scenario must finish in about 20 s.</param>
/// <param name="Trials">How many measured trials to take the median of (at least 1).</param>
/// <param name="Progress">Where progress lines go while the scenario runs (standard error by default), never the report.</param>
public sealed record ScenarioOptions(bool Quick, int Trials, TextWriter Progress)
{
    /// <summary>The trial count used when none is given: 3 for a full run, 1 for a quick one.</summary>
    public static int DefaultTrials(bool quick) => quick ? 1 : 3;

    /// <summary>Picks the full-run or the quick-run value of a workload parameter.</summary>
    public T Pick<T>(T full, T quick) => Quick ? quick : full;
}

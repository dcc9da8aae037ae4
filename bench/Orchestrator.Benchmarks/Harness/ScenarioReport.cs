namespace Orchestrator.Benchmarks.Harness;

/// <summary>What a scenario measured: the table rows (each carrying its JSON figures) and notes for the reader.</summary>
public sealed record ScenarioReport(string Scenario, IReadOnlyList<ReportRow> Rows)
{
    /// <summary>Lines printed under the table: workload sizes, what the baseline is, caveats.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Figures that belong in the JSON line but not in the table (e.g. workload sizes).</summary>
    public IReadOnlyList<Figure> Extra { get; init; } = [];

    /// <summary>The share of the cores other processes used during the run, when known; set by the harness.</summary>
    public double? ForeignCpuShare { get; init; }

    /// <summary>True when every target of every row was met.</summary>
    public bool TargetsMet => Rows.All(row => row.Targets.All(target => target.Met));
}

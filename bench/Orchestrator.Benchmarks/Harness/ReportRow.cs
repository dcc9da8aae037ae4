namespace Orchestrator.Benchmarks.Harness;

/// <summary>
/// One line of a report's table: a figure, optionally beside the same figure measured on
/// the baseline (then the ratio value/baseline is shown and written under
/// <see cref="RatioKey"/>), optionally with the target it is held to.
/// </summary>
public sealed record ReportRow(string Label, string Unit, Figure Value)
{
    /// <summary>The baseline's figure for the same work, measured in the same run.</summary>
    public Figure? Baseline { get; init; }

    /// <summary>The JSON key of value/baseline; required when <see cref="Baseline"/> is set.</summary>
    public string? RatioKey { get; init; }

    /// <summary>The goals this row is held to (several when, e.g., both the figure and its ratio have one).</summary>
    public IReadOnlyList<Target> Targets { get; init; } = [];

    /// <summary>Value divided by baseline, or null without a baseline (or with a zero one).</summary>
    public double? Ratio => Baseline is { Value: not 0 } baseline ? Value.Value / baseline.Value : null;

    /// <summary>A row comparing the runtime's figure with the baseline's.</summary>
    public static ReportRow Compared(string label, string unit, Figure value, Figure baseline, string ratioKey) =>
        new(label, unit, value) { Baseline = baseline, RatioKey = ratioKey };
}

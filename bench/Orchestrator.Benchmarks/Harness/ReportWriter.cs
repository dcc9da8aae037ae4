using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestrator.Benchmarks.Harness;

/// <summary>
/// Prints a report: a table with each figure beside its baseline and the ratio, the
/// notes, and then, as the very last line, one JSON object with every figure.
/// </summary>
public static class ReportWriter
{
    private static readonly string[] Headers = ["figure", "value", "baseline", "ratio", "unit", "target"];

    /// <summary>Writes the table and notes, then the JSON line.</summary>
    public static void Write(TextWriter output, ScenarioReport report, ScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);

        var trials = options.Trials == 1 ? "1 trial" : $"median of {options.Trials} trials";
        output.WriteLine();
        output.WriteLine($"{report.Scenario}{(options.Quick ? " (quick)" : string.Empty)}: {trials}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        WriteTable(output, report.Rows);
        foreach (var note in report.Notes)
        {
            output.WriteLine($"  {note}");
        }

        if (report.ForeignCpuShare is { } foreign)
        {
            output.WriteLine(foreign > ForeignLoad.SuspectShare
                ? $"  WARNING: other processes used {foreign:P0} of the cores while this ran: figures are suspect."
                : $"  other processes used {foreign:P0} of the cores while this ran.");
        }

        output.WriteLine(report.TargetsMet ? "All targets met." : "Some targets MISSED (see the target column).");
        output.WriteLine(ToJson(report, options));
    }

    /// <summary>The report's figures as one line of JSON, scenario name first.</summary>
    public static string ToJson(ScenarioReport report, ScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);

        var json = new JsonObject
        {
            ["scenario"] = report.Scenario,
            ["quick"] = options.Quick,
            ["trials"] = options.Trials,
            ["cores"] = Environment.ProcessorCount,
        };
        foreach (var row in report.Rows)
        {
            Add(json, row.Value);
            if (row.Baseline is { } baseline)
            {
                Add(json, baseline);
            }

            if (row is { RatioKey: { } ratioKey, Ratio: { } ratio })
            {
                Add(json, new Figure(ratioKey, ratio));
            }
        }

        foreach (var extra in report.Extra)
        {
            Add(json, extra);
        }

        if (report.ForeignCpuShare is { } foreign)
        {
            json["other_processes_cpu_share"] = Formatting.ForJson(foreign);
        }

        json["targets_met"] = report.TargetsMet;
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static void Add(JsonObject json, Figure figure) => json[figure.Key] = Formatting.ForJson(figure.Value);

    private static void WriteTable(TextWriter output, IReadOnlyList<ReportRow> rows)
    {
        var cells = rows.Select(row => new[]
        {
            row.Label,
            Formatting.Number(row.Value.Value),
            row.Baseline is { } baseline ? Formatting.Number(baseline.Value) : string.Empty,
            row.Ratio is { } ratio ? Formatting.Ratio(ratio) : string.Empty,
            row.Unit,
            string.Join("; ", row.Targets.Select(target => $"{target.Goal} {(target.Met ? "met" : "MISSED")}")),
        }).Prepend(Headers).ToList();

        var widths = Enumerable.Range(0, Headers.Length).Select(column => cells.Max(line => line[column].Length)).ToArray();
        foreach (var line in cells)
        {
            // Text columns (figure, unit, target) align left, numbers right.
            var padded = line.Select((cell, column) => column is 0 or 4 or 5 ? cell.PadRight(widths[column]) : cell.PadLeft(widths[column]));
            output.WriteLine("  " + string.Join("  ", padded).TrimEnd());
        }
    }
}

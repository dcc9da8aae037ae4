using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>The databases every persistence scenario measures: SQLite, then PostgreSQL when a server can be had.</summary>
internal static class JournalBackends
{
    /// <summary>Runs <paramref name="measure"/> on each backend in turn, disposing it after; the rows of all of them.</summary>
    public static async Task<List<ReportRow>> MeasureEachAsync(
        ScenarioOptions options, List<string> notes, Func<JournalBackend, Task<IEnumerable<ReportRow>>> measure, CancellationToken cancellationToken)
    {
        var rows = new List<ReportRow>();
        await using (var sqlite = new SqliteBackend())
        {
            rows.AddRange(await measure(sqlite));
        }

        var postgres = await PostgresBackend.TryStartAsync(options.Progress, cancellationToken);
        if (postgres is null)
        {
            notes.Add("PostgreSQL: not available, not measured (no postgresql_* figures in the JSON line)");
            return rows;
        }

        await using (postgres)
        {
            rows.AddRange(await measure(postgres));
        }

        return rows;
    }
}

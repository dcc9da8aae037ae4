using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>
/// Persisting events through <c>ReceivePersistentActor</c> on the SQL journal, with full durability: one actor
/// persisting one event at a time (latency-bound: one commit per event), and 1,000 actors at once (group
/// commit). Beside each, the same rows inserted with plain ADO.NET at the same durability, one transaction
/// per batch. On SQLite, and on PostgreSQL when a server is available.
/// </summary>
internal sealed partial class PersistScenario : IScenario
{
    private const double MinimumConcurrentEventsPerSecond = 20_000;
    private const double MinimumConcurrentRatio = 0.70;

    public string Name => "persist";

    public string Description => "events/s persisted by 1 actor one at a time and by 1,000 actors at once, SQLite (synchronous=full) and PostgreSQL; baseline: the same rows inserted raw, one transaction per batch";

    public async Task<ScenarioReport> RunAsync(ScenarioOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var workload = options.Pick(full: new PersistWorkload(3_000, 1_000, 100), quick: new PersistWorkload(50, 1_000, 5));
        var notes = new List<string>
        {
            $"workload: 1 actor persisting {Formatting.Number(workload.SingleEvents)} events one at a time (each Persist after the previous handler); {Formatting.Number(workload.Actors)} actors persisting {workload.EventsPerActor} events each, all at once",
            "timed from the first command until the last handler ran, actors recovered (empty) beforehand; baseline: the same rows (same serialised payload) inserted with the journal's statement on its table, one transaction per row (single) or per batch of the journal's batch-size, by as many writers as the journal has writer loops",
        };
        var extra = new List<Figure>
        {
            new("single_events", workload.SingleEvents),
            new("actors", workload.Actors),
            new("events_per_actor", workload.EventsPerActor),
        };

        // An untimed small round first, so that the measured ones run jitted code.
        var warm = false;
        var rows = await JournalBackends.MeasureEachAsync(options, notes, async backend =>
        {
            if (!warm)
            {
                warm = true;
                await RunTrialAsync(backend, new PersistWorkload(20, 100, 2), "warmup", cancellationToken);
            }

            return await MeasureAsync(backend, workload, options, notes, extra, cancellationToken);
        }, cancellationToken);
        return new ScenarioReport(Name, rows) { Notes = notes, Extra = extra };
    }

    private async Task<IEnumerable<ReportRow>> MeasureAsync(JournalBackend backend, PersistWorkload workload, ScenarioOptions options, List<string> notes, List<Figure> extra, CancellationToken cancellationToken)
    {
        var trials = new List<PersistTrial>();
        for (var trial = 0; trial < options.Trials; trial++)
        {
            var result = await RunTrialAsync(backend, workload, $"t{trial}", cancellationToken);
            trials.Add(result);
            options.Progress.WriteLine($"persist {backend.Name} trial {trial + 1}/{options.Trials}: 1 actor {result.Single.EventsPerSecond:0} events/s (raw {result.SingleBaseline.EventsPerSecond:0}); {workload.Actors} actors {result.Concurrent.EventsPerSecond:0} events/s in {result.ConcurrentCommits} commits, {result.Concurrent.CpuMicrosecondsPerEvent:0.0} CPU us/event (raw {result.ConcurrentBaseline.EventsPerSecond:0}, {result.ConcurrentBaseline.CpuMicrosecondsPerEvent:0.0} CPU us/event)");
        }

        double Median(Func<PersistTrial, double> figure) => Statistics.Median([.. trials.Select(figure)]);
        var name = backend.Name;
        var concurrent = Median(t => t.Concurrent.EventsPerSecond);
        var concurrentBaseline = Median(t => t.ConcurrentBaseline.EventsPerSecond);
        var concurrentRow = ReportRow.Compared(
            $"{name}: {Formatting.Number(workload.Actors)} actors at once",
            "events/s",
            new Figure($"{name}_concurrent_events_per_s", concurrent),
            new Figure($"{name}_concurrent_baseline_events_per_s", concurrentBaseline),
            $"{name}_concurrent_ratio");
        if (backend is SqliteBackend)
        {
            concurrentRow = concurrentRow with
            {
                Targets =
                [
                    Target.AtLeast(concurrent, MinimumConcurrentEventsPerSecond, $">= {Formatting.Number(MinimumConcurrentEventsPerSecond)}/s"),
                    Target.AtLeast(concurrent / concurrentBaseline, MinimumConcurrentRatio, $">= {Formatting.Ratio(MinimumConcurrentRatio)} raw"),
                ],
            };
        }

        notes.Add(backend.Durability);
        var commits = Median(t => t.ConcurrentCommits);
        notes.Add($"{name}: the journal committed the {Formatting.Number(workload.ConcurrentEvents)} concurrent events in {Formatting.Number(commits)} transactions ({workload.ConcurrentEvents / commits:0.0} events each)");
        var cpu = Median(t => t.Concurrent.CpuMicrosecondsPerEvent);
        var cpuBaseline = Median(t => t.ConcurrentBaseline.CpuMicrosecondsPerEvent);
        notes.Add($"{name}: CPU time of this process per event, {Formatting.Number(workload.Actors)} actors: {cpu:0.0} us (raw {cpuBaseline:0.0} us)");
        extra.AddRange(
        [
            new Figure($"{name}_concurrent_commits", commits),
            new Figure($"{name}_concurrent_cpu_us_per_event", cpu),
            new Figure($"{name}_concurrent_baseline_cpu_us_per_event", cpuBaseline),
        ]);
        return
        [
            ReportRow.Compared(
                $"{name}: 1 actor, one event at a time",
                "events/s",
                new Figure($"{name}_single_events_per_s", Median(t => t.Single.EventsPerSecond)),
                new Figure($"{name}_single_baseline_events_per_s", Median(t => t.SingleBaseline.EventsPerSecond)),
                $"{name}_single_ratio"),
            concurrentRow,
        ];
    }
}

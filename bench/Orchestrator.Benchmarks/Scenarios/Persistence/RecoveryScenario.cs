using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>
/// Recovering persistent actors from the SQL journal: one actor replaying a long history, and many small
/// entities recovering at once (a seed restarting its shards). Beside each, the same rows read by the
/// journal's replay query in a plain reader loop. On SQLite, and on PostgreSQL when a server is available.
/// </summary>
internal sealed partial class RecoveryScenario : IScenario
{
    private const double MinimumEventsPerSecond = 200_000;

    public string Name => "recovery";

    public string Description => "events/s replayed by 1 actor with 100,000 events and by 10,000 actors with 10 each, SQLite and PostgreSQL; baseline: a plain SELECT reading the same rows";

    public async Task<ScenarioReport> RunAsync(ScenarioOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var workload = options.Pick(full: new RecoveryWorkload(100_000, 10_000, 10), quick: new RecoveryWorkload(5_000, 500, 10));
        var notes = new List<string>
        {
            $"workload: 1 entity of {Formatting.Number(workload.SingleEvents)} events; {Formatting.Number(workload.Entities)} entities of {workload.EventsPerEntity} events, all started at once; stored through the journal plugin beforehand",
            "timed from ActorOf until the last RecoveryCompleted (snapshot load, replay with deserialisation, highest sequence number, permits of max-concurrent-recoveries), each trial in a new actor system",
            "baseline: the journal's replay query per entity on a plain connection, reading every column but deserialising nothing, with as many concurrent readers as max-concurrent-recoveries",
            "physical limit (notes, JSON *_many_stream_*): the small entities' rows streamed by one statement on one connection, every column read, nothing deserialised: no entity is recovered, so it only bounds what any recovery could reach",
        };
        var extra = new List<Figure>
        {
            new("single_entity_events", workload.SingleEvents),
            new("entities", workload.Entities),
            new("events_per_entity", workload.EventsPerEntity),
        };

        var rows = await JournalBackends.MeasureEachAsync(options, notes, backend => MeasureAsync(backend, workload, options, notes, extra, cancellationToken), cancellationToken);
        return new ScenarioReport(Name, rows) { Notes = notes, Extra = extra };
    }

    private static async Task<IEnumerable<ReportRow>> MeasureAsync(JournalBackend backend, RecoveryWorkload workload, ScenarioOptions options, List<string> notes, List<Figure> extra, CancellationToken cancellationToken)
    {
        var database = await SeedAsync(backend, workload, options.Progress, cancellationToken);

        // An untimed round first, so that the measured ones run jitted code and read a warm page cache.
        await RunTrialAsync(backend, database, workload, cancellationToken);
        var trials = new List<RecoveryTrial>();
        for (var trial = 0; trial < options.Trials; trial++)
        {
            var result = await RunTrialAsync(backend, database, workload, cancellationToken);
            trials.Add(result);
            options.Progress.WriteLine($"recovery {backend.Name} trial {trial + 1}/{options.Trials}: 1 entity {Describe(result.Single, result.SingleBaseline)}; {workload.Entities} entities {Describe(result.Many, result.ManyBaseline)}, streamed {result.ManyStream.EventsPerSecond:0}");
        }

        double Median(Func<RecoveryTrial, double> figure) => Statistics.Median([.. trials.Select(figure)]);
        static string Describe(Throughput actors, Throughput raw) =>
            $"{actors.EventsPerSecond:0} events/s, {actors.CpuMicrosecondsPerEvent:0.0} CPU us/event (raw {raw.EventsPerSecond:0}, {raw.CpuMicrosecondsPerEvent:0.0} CPU us/event)";
        ReportRow Row(string label, string key, double value, double baseline) =>
            ReportRow.Compared(label, "events/s", new Figure($"{backend.Name}_{key}_events_per_s", value), new Figure($"{backend.Name}_{key}_baseline_events_per_s", baseline), $"{backend.Name}_{key}_ratio") with
            {
                Targets = [Target.AtLeast(value, MinimumEventsPerSecond, $">= {Formatting.Number(MinimumEventsPerSecond)}/s")],
            };

        notes.Add(backend.Durability);
        var stream = Median(t => t.ManyStream.EventsPerSecond);
        notes.Add($"{backend.Name}: physical limit, {Formatting.Number(workload.ManyEvents)} rows of {Formatting.Number(workload.Entities)} entities in one statement: {Formatting.Number(stream)} events/s, {Median(t => t.ManyStream.CpuMicrosecondsPerEvent):0.0} CPU us/event; the actors reach {Median(t => t.Many.EventsPerSecond) / stream:0.00}x of it");
        notes.Add($"{backend.Name}: CPU time of this process per event: 1 entity {Median(t => t.Single.CpuMicrosecondsPerEvent):0.0} us (raw {Median(t => t.SingleBaseline.CpuMicrosecondsPerEvent):0.0} us), {Formatting.Number(workload.Entities)} entities {Median(t => t.Many.CpuMicrosecondsPerEvent):0.0} us (raw {Median(t => t.ManyBaseline.CpuMicrosecondsPerEvent):0.0} us)");
        extra.AddRange(
        [
            new Figure($"{backend.Name}_single_cpu_us_per_event", Median(t => t.Single.CpuMicrosecondsPerEvent)),
            new Figure($"{backend.Name}_single_baseline_cpu_us_per_event", Median(t => t.SingleBaseline.CpuMicrosecondsPerEvent)),
            new Figure($"{backend.Name}_many_cpu_us_per_event", Median(t => t.Many.CpuMicrosecondsPerEvent)),
            new Figure($"{backend.Name}_many_baseline_cpu_us_per_event", Median(t => t.ManyBaseline.CpuMicrosecondsPerEvent)),
            new Figure($"{backend.Name}_many_stream_events_per_s", stream),
            new Figure($"{backend.Name}_many_stream_cpu_us_per_event", Median(t => t.ManyStream.CpuMicrosecondsPerEvent)),
        ]);
        return
        [
            Row($"{backend.Name}: 1 entity of {Formatting.Number(workload.SingleEvents)} events", "single", Median(t => t.Single.EventsPerSecond), Median(t => t.SingleBaseline.EventsPerSecond)),
            Row($"{backend.Name}: {Formatting.Number(workload.Entities)} entities of {workload.EventsPerEntity} at once", "many", Median(t => t.Many.EventsPerSecond), Median(t => t.ManyBaseline.EventsPerSecond)),
        ];
    }
}

using System.Diagnostics;
using Orchestrator.Actors;
using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>Seeding the database once, then trials that recover from it: actors, then the raw reader.</summary>
internal sealed partial class RecoveryScenario
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Makes the database and stores both workloads in it; returns its settings.</summary>
    private static async Task<string> SeedAsync(JournalBackend backend, RecoveryWorkload workload, TextWriter progress, CancellationToken cancellationToken)
    {
        var database = await backend.CreateDatabaseAsync("recovery", cancellationToken);
        var system = PersistenceSystem.Create("recovery-seed", backend, database);
        try
        {
            var begun = Stopwatch.GetTimestamp();
            var journal = await PersistenceSystem.JournalAsync(system, backend, cancellationToken);
            await JournalSeeder.SeedAsync(journal, [RecoveryWorkload.SingleId], workload.SingleEvents, cancellationToken);
            await JournalSeeder.SeedAsync(journal, EventRows.Ids(RecoveryWorkload.EntityPrefix, workload.Entities), workload.EventsPerEntity, cancellationToken);
            await progress.WriteLineAsync($"recovery {backend.Name}: stored {workload.SingleEvents + workload.ManyEvents} events in {Stopwatch.GetElapsedTime(begun).TotalSeconds:0.0} s");
            return database;
        }
        finally
        {
            await system.Terminate();
        }
    }

    private static async Task<RecoveryTrial> RunTrialAsync(JournalBackend backend, string database, RecoveryWorkload workload, CancellationToken cancellationToken)
    {
        Throughput single, many;
        var system = PersistenceSystem.Create("recovery", backend, database);
        try
        {
            single = await RecoverAsync(system, [RecoveryWorkload.SingleId], workload.SingleEvents, cancellationToken);
            many = await RecoverAsync(system, EventRows.Ids(RecoveryWorkload.EntityPrefix, workload.Entities), workload.ManyEvents, cancellationToken);
        }
        finally
        {
            await system.Terminate();
        }

        // A system only to lend the plugin's connection settings to the raw reader; no actor runs.
        system = PersistenceSystem.Create("recovery-raw", backend, database);
        try
        {
            var raw = new RawJournal(await PersistenceSystem.JournalAsync(system, backend, cancellationToken));
            var readers = Actors.Persistence.Persistence.Get(system).Settings.MaxConcurrentRecoveries;
            var singleBaseline = await ReadAsync(raw, [RecoveryWorkload.SingleId], 1, workload.SingleEvents, cancellationToken);
            var manyBaseline = await ReadAsync(raw, EventRows.Ids(RecoveryWorkload.EntityPrefix, workload.Entities), readers, workload.ManyEvents, cancellationToken);
            var manyStream = await CountedAsync(workload.ManyEvents, "in one statement", () => raw.StreamAllAsync(RecoveryWorkload.SingleId, cancellationToken));
            return new RecoveryTrial(single, singleBaseline, many, manyBaseline, manyStream);
        }
        finally
        {
            await system.Terminate();
        }
    }

    /// <summary>Starts an actor per entity and times them until all have recovered.</summary>
    private static async Task<Throughput> RecoverAsync(ActorSystem system, IReadOnlyList<string> ids, long expectedEvents, CancellationToken cancellationToken)
    {
        var probe = new EntityProbe(ids.Count);
        var throughput = await Throughput.MeasureAsync(expectedEvents, async () =>
        {
            foreach (var id in ids)
            {
                system.ActorOf(Props.Create(() => new BenchEntity(id, probe)), id);
            }

            await probe.Recovered.WaitAsync(Timeout, $"recovering {ids.Count} entities", cancellationToken);
        });
        return probe.Replayed == expectedEvents
            ? throughput
            : throw new InvalidOperationException($"{ids.Count} entities replayed {probe.Replayed} events, not the {expectedEvents} stored.");
    }

    private static Task<Throughput> ReadAsync(RawJournal raw, IReadOnlyList<string> ids, int readers, long expectedEvents, CancellationToken cancellationToken) =>
        CountedAsync(expectedEvents, $"entity by entity, {ids.Count} entities", () => raw.ReadAsync(ids, readers, cancellationToken));

    /// <summary>Times a raw read and checks that it read <paramref name="expectedEvents"/> rows.</summary>
    private static async Task<Throughput> CountedAsync(long expectedEvents, string what, Func<Task<long>> read)
    {
        long rows = 0;
        var throughput = await Throughput.MeasureAsync(expectedEvents, async () => rows = await read());
        return rows == expectedEvents
            ? throughput
            : throw new InvalidOperationException($"The raw reader read {rows} rows ({what}), not the {expectedEvents} stored.");
    }
}

using Orchestrator.Actors;
using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>One trial: the runtime and the baseline, each on a new database, in alternating order.</summary>
internal sealed partial class PersistScenario
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static int _trials;

    private static async Task<PersistTrial> RunTrialAsync(JournalBackend backend, PersistWorkload workload, string label, CancellationToken cancellationToken)
    {
        // Alternate which side goes first, so that neither always meets a warmer (or busier) disk.
        if (Interlocked.Increment(ref _trials) % 2 == 0)
        {
            var raw = await MeasureBaselineAsync(backend, workload, label, cancellationToken);
            var (single, concurrent, commits) = await MeasureRuntimeAsync(backend, workload, label, cancellationToken);
            return new PersistTrial(single, raw.Single, concurrent, raw.Concurrent, commits);
        }
        else
        {
            var (single, concurrent, commits) = await MeasureRuntimeAsync(backend, workload, label, cancellationToken);
            var raw = await MeasureBaselineAsync(backend, workload, label, cancellationToken);
            return new PersistTrial(single, raw.Single, concurrent, raw.Concurrent, commits);
        }
    }

    private static async Task<(Throughput Single, Throughput Concurrent, long Commits)> MeasureRuntimeAsync(JournalBackend backend, PersistWorkload workload, string label, CancellationToken cancellationToken)
    {
        var system = PersistenceSystem.Create("persist", backend, await backend.CreateDatabaseAsync($"persist-{label}", cancellationToken));
        try
        {
            var journal = await PersistenceSystem.JournalAsync(system, backend, cancellationToken);
            var single = await PersistAsync(system, EventRows.Ids("single", 1), workload.SingleEvents, cancellationToken);
            var commitsBefore = journal.CommitCount;
            var concurrent = await PersistAsync(system, EventRows.Ids("entity", workload.Actors), workload.EventsPerActor, cancellationToken);
            return (single, concurrent, journal.CommitCount - commitsBefore);
        }
        finally
        {
            await system.Terminate();
        }
    }

    /// <summary>Starts the entities, waits until they have recovered, then times them persisting.</summary>
    private static async Task<Throughput> PersistAsync(ActorSystem system, IReadOnlyList<string> ids, int eventsEach, CancellationToken cancellationToken)
    {
        var probe = new EntityProbe(ids.Count);
        var entities = ids.Select(id => system.ActorOf(Props.Create(() => new BenchEntity(id, probe)), id)).ToList();
        await probe.Recovered.WaitAsync(Timeout, $"recovering {ids.Count} entities", cancellationToken);
        return await Throughput.MeasureAsync((long)ids.Count * eventsEach, async () =>
        {
            foreach (var entity in entities)
            {
                entity.Tell(new PersistEvents(eventsEach), ActorRefs.NoSender);
            }

            await probe.Done.WaitAsync(Timeout, $"{ids.Count} entities persisting {eventsEach} events each", cancellationToken);
        });
    }

    private static async Task<(Throughput Single, Throughput Concurrent)> MeasureBaselineAsync(JournalBackend backend, PersistWorkload workload, string label, CancellationToken cancellationToken)
    {
        // A system only to migrate the table and lend the plugin's connection settings; no actor runs.
        var system = PersistenceSystem.Create("persist-raw", backend, await backend.CreateDatabaseAsync($"persist-raw-{label}", cancellationToken));
        try
        {
            var journal = await PersistenceSystem.JournalAsync(system, backend, cancellationToken);
            var raw = new RawJournal(journal);
            var singleRows = EventRows.Batches(system, EventRows.Ids("single", 1), workload.SingleEvents, batchSize: 1);
            var single = await Throughput.MeasureAsync(workload.SingleEvents, () => raw.InsertAsync(singleRows, writers: 1, cancellationToken));
            var batches = EventRows.Batches(system, EventRows.Ids("entity", workload.Actors), workload.EventsPerActor, journal.Settings.BatchSize);
            var concurrent = await Throughput.MeasureAsync(workload.ConcurrentEvents, () => raw.InsertAsync(batches, journal.Settings.Parallelism, cancellationToken));
            return (single, concurrent);
        }
        finally
        {
            await system.Terminate();
        }
    }
}

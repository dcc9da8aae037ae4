using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Journal;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>Stores events straight through the journal plugin (no actors): fast setup for the recovery scenario.</summary>
internal static class JournalSeeder
{
    private const int EventsPerWrite = 100;
    private const int WritesPerCall = 100;

    /// <summary>Stores events 1..<paramref name="eventsEach"/> of every entity, in atomic writes of up to 100 events, all calls in flight at once.</summary>
    public static async Task SeedAsync(SqlJournal journal, IReadOnlyList<string> persistenceIds, int eventsEach, CancellationToken cancellationToken)
    {
        var writerId = Guid.NewGuid().ToString();
        var writes = persistenceIds.SelectMany(id => Enumerable.Range(1, eventsEach)
            .Chunk(EventsPerWrite)
            .Select(sequenceNrs => new AtomicWrite(sequenceNrs
                .Select(sequenceNr => new PersistentRepresentation(new Counted(sequenceNr), id, sequenceNr, writerId, PersistentRepresentation.NoTags))
                .ToList())));
        var results = await Task.WhenAll(writes.Chunk(WritesPerCall).Select(call => journal.WriteMessagesAsync(call, cancellationToken)));
        if (results.SelectMany(result => result).FirstOrDefault(result => result is not WriteResult.Written) is { } failed)
        {
            throw new InvalidOperationException($"Seeding the journal failed: {failed}");
        }
    }
}

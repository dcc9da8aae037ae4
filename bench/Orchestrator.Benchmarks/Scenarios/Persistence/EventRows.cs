using Orchestrator.Actors;
using Orchestrator.Actors.Sql.Journal;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>The rows the baseline inserts: what the journal stores for the entities' events, serialised the same way.</summary>
internal static class EventRows
{
    /// <summary>
    /// Events 1..<paramref name="eventsPerEntity"/> of every entity, in the order concurrent entities produce
    /// them (each entity's first event, then each one's second...), cut into transactions of <paramref name="batchSize"/> rows.
    /// </summary>
    public static IReadOnlyList<JournalRow[]> Batches(ActorSystem system, IReadOnlyList<string> persistenceIds, int eventsPerEntity, int batchSize)
    {
        var serialization = Actors.Serialization.Serialization.Get(system);
        var writerId = Guid.NewGuid().ToString();
        var created = system.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var rows = new List<JournalRow>(persistenceIds.Count * eventsPerEntity);
        for (var sequenceNr = 1; sequenceNr <= eventsPerEntity; sequenceNr++)
        {
            var (manifest, bytes) = serialization.Serialize(new Counted(sequenceNr));
            rows.AddRange(persistenceIds.Select(id => new JournalRow(id, sequenceNr, manifest, bytes, string.Empty, writerId, created)));
        }

        return rows.Chunk(batchSize).ToList();
    }

    /// <summary>The persistence ids <c>{prefix}-0</c> .. <c>{prefix}-{count - 1}</c>.</summary>
    public static IReadOnlyList<string> Ids(string prefix, int count) => Enumerable.Range(0, count).Select(i => $"{prefix}-{i}").ToList();
}

using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>Many writers at once, as many persistent actors write: nothing lost, duplicated or reordered.</summary>
public abstract partial class JournalSpec
{
    private const int ConcurrentEntities = 50;
    private const int EventsPerEntity = 20;

    [DatabaseFact]
    public async Task Many_concurrent_writers_each_get_every_event_stored_once_in_order()
    {
        // One writer per entity (the runtime never writes one entity concurrently), every entity at once;
        // some writes carry two events, so atomic writes of several events interleave with single ones.
        var writers = Enumerable.Range(0, ConcurrentEntities).Select(entity => Task.Run(async () =>
        {
            var persistenceId = $"entity-{entity}";
            for (var sequenceNr = 1; sequenceNr <= EventsPerEntity;)
            {
                var texts = (entity + sequenceNr) % 3 == 0 && sequenceNr < EventsPerEntity
                    ? new[] { $"{persistenceId}/{sequenceNr}", $"{persistenceId}/{sequenceNr + 1}" }
                    : [$"{persistenceId}/{sequenceNr}"];
                Assert.IsType<WriteResult.Written>(await WriteOneAsync(Journal, Write(persistenceId, sequenceNr, texts)));
                sequenceNr += texts.Length;
            }
        }));

        await Within(Task.WhenAll(writers));

        for (var entity = 0; entity < ConcurrentEntities; entity++)
        {
            var persistenceId = $"entity-{entity}";
            var events = await ReplayAsync(Journal, persistenceId);
            Assert.Equal(Enumerable.Range(1, EventsPerEntity).Select(i => (long)i), events.Select(e => e.SequenceNr));
            Assert.Equal(Enumerable.Range(1, EventsPerEntity).Select(i => $"{persistenceId}/{i}"), Texts(events));
            Assert.Equal(EventsPerEntity, await HighestAsync(Journal, persistenceId));
        }
    }

    [DatabaseFact]
    public async Task Concurrent_calls_with_writes_of_many_entities_each_are_all_stored()
    {
        var calls = Enumerable.Range(0, 10).Select(call => Task.Run(() => Journal.WriteMessagesAsync(
            Enumerable.Range(0, 10).Select(entity => Write($"entity-{call}-{entity}", 1, "a", "b")).ToList(),
            CancellationToken.None)));

        var results = await Within(Task.WhenAll(calls));

        Assert.All(results, call => Assert.All(call, result => Assert.IsType<WriteResult.Written>(result)));
        for (var call = 0; call < 10; call++)
        {
            for (var entity = 0; entity < 10; entity++)
            {
                Assert.Equal(["a", "b"], Texts(await ReplayAsync(Journal, $"entity-{call}-{entity}")));
            }
        }
    }
}

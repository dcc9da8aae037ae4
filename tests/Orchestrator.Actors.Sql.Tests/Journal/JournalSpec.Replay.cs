using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>Writing and replaying: order, metadata, tags, ranges and the highest sequence number.</summary>
public abstract partial class JournalSpec
{
    [DatabaseFact]
    public async Task Events_are_replayed_in_order_with_their_metadata()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var tagged = Event(new TestEvent("c"), "order-1", 3, "writer-b", new HashSet<string>(["green", "blue"], StringComparer.Ordinal));

        var results = await Within(Journal.WriteMessagesAsync([Write("order-1", 1, "a", "b"), new AtomicWrite([tagged])], CancellationToken.None));

        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Assert.Equal(2, results.Count);
        Assert.All(results, result => Assert.IsType<WriteResult.Written>(result));
        var events = await ReplayAsync(Journal, "order-1");
        Assert.Equal(["a", "b", "c"], Texts(events));
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.SequenceNr));
        Assert.Equal(["writer-a", "writer-a", "writer-b"], events.Select(e => e.WriterId));
        Assert.All(events, e => Assert.Equal("order-1", e.PersistenceId));
        Assert.All(events, e => Assert.InRange(e.Timestamp, before, after));
        Assert.Empty(events[0].Tags);
        Assert.Equal(["blue", "green"], events[2].Tags.Order(StringComparer.Ordinal));
    }

    [DatabaseFact]
    public async Task Writes_in_separate_calls_are_replayed_in_sequence_order()
    {
        for (var sequenceNr = 1; sequenceNr <= 10; sequenceNr++)
        {
            Assert.IsType<WriteResult.Written>(await WriteOneAsync(Journal, Write("order-1", sequenceNr, $"e{sequenceNr}")));
        }

        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"e{i}"), Texts(await ReplayAsync(Journal, "order-1")));
    }

    [DatabaseFact]
    public async Task Replay_honours_its_bounds_and_maximum()
    {
        await WriteOneAsync(Journal, Write("order-1", 1, "a", "b", "c", "d", "e"));
        await WriteOneAsync(Journal, Write("order-2", 1, "other"));

        Assert.Equal(["b", "c", "d"], Texts(await ReplayAsync(Journal, "order-1", from: 2, to: 4)));
        Assert.Equal(["b", "c"], Texts(await ReplayAsync(Journal, "order-1", from: 2, max: 2)));
        Assert.Equal(["a"], Texts(await ReplayAsync(Journal, "order-1", max: 1)));
        Assert.Equal(["e"], Texts(await ReplayAsync(Journal, "order-1", from: 5, to: 5)));
        Assert.Equal(["d", "e"], Texts(await ReplayAsync(Journal, "order-1", from: 4, to: 99)));
        Assert.Empty(await ReplayAsync(Journal, "order-1", from: 6));
        Assert.Empty(await ReplayAsync(Journal, "order-1", from: 4, to: 3));
        Assert.Empty(await ReplayAsync(Journal, "order-1", max: 0));
        Assert.Empty(await ReplayAsync(Journal, "order-3"));
    }

    [DatabaseFact]
    public async Task The_highest_sequence_number_is_that_of_the_last_stored_event()
    {
        Assert.Equal(0, await HighestAsync(Journal, "order-1"));

        await WriteOneAsync(Journal, Write("order-1", 1, "a", "b", "c"));
        await WriteOneAsync(Journal, Write("order-2", 1, "other"));

        Assert.Equal(3, await HighestAsync(Journal, "order-1"));
        Assert.Equal(1, await HighestAsync(Journal, "order-2"));
        await WriteOneAsync(Journal, Write("order-1", 4, "d"));
        Assert.Equal(4, await HighestAsync(Journal, "order-1"));
    }

    [DatabaseFact]
    public async Task Tags_round_trip()
    {
        var untagged = Event(new TestEvent("a"), "order-1", 1);
        var one = Event(new TestEvent("b"), "order-1", 2, tags: new HashSet<string>(["pods"], StringComparer.Ordinal));
        var several = Event(new TestEvent("c"), "order-1", 3, tags: new HashSet<string>(["pods", "ns:default", "kind/Pod"], StringComparer.Ordinal));

        Assert.IsType<WriteResult.Written>(await WriteOneAsync(Journal, new AtomicWrite([untagged, one, several])));

        var events = await ReplayAsync(Journal, "order-1");
        Assert.Empty(events[0].Tags);
        Assert.Equal(["pods"], events[1].Tags);
        Assert.Equal(["kind/Pod", "ns:default", "pods"], events[2].Tags.Order(StringComparer.Ordinal));
    }
}

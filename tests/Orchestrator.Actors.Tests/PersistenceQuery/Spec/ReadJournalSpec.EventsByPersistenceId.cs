using Orchestrator.Actors.Persistence.Query;

namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>EventsByPersistenceId and CurrentEventsByPersistenceId.</summary>
public abstract partial class ReadJournalSpec
{
    [ReadJournalFact]
    public async Task Current_events_by_persistence_id_lists_the_range_in_sequence_order()
    {
        for (var i = 1; i <= 5; i++)
        {
            await WriteAsync("order-1", i, $"a{i}");
            await WriteAsync("order-2", i, $"b{i}");
        }

        Assert.Equal(["a2", "a3", "a4"], Texts(await ToListAsync(Queries.CurrentEventsByPersistenceId("order-1", 2, 4))));
        Assert.Equal(["b1", "b2", "b3", "b4", "b5"], Texts(await ToListAsync(Queries.CurrentEventsByPersistenceId("order-2", 0, long.MaxValue))));
        Assert.Empty(await ToListAsync(Queries.CurrentEventsByPersistenceId("order-1", 4, 3)));
        Assert.Empty(await ToListAsync(Queries.CurrentEventsByPersistenceId("order-3", 1, long.MaxValue)));
    }

    [ReadJournalFact]
    public async Task Events_by_persistence_id_follows_new_events_and_completes_at_its_last_sequence_number()
    {
        await WriteAsync("order-1", 1, "a1");
        await using var bounded = new StreamProbe<EventEnvelope>(Queries.EventsByPersistenceId("order-1", 1, 3));
        await using var open = new StreamProbe<EventEnvelope>(Queries.EventsByPersistenceId("order-1", 2, long.MaxValue));
        Assert.Equal("a1", TextOf(await bounded.ExpectNextAsync()));

        await WriteAsync("order-2", 1, "b1");
        await WriteAsync("order-1", 2, "a2");
        await WriteAsync("order-1", 3, "a3");
        await WriteAsync("order-1", 4, "a4");

        Assert.Equal(["a2", "a3"], Texts(await bounded.ExpectNextNAsync(2)));
        await bounded.ExpectCompleteAsync();
        Assert.Equal(["a2", "a3", "a4"], Texts(await open.ExpectNextNAsync(3)));
        await open.ExpectNoNextAsync();
    }

    [ReadJournalFact]
    public async Task Deleted_events_are_left_out_but_their_entity_remains()
    {
        for (var i = 1; i <= 3; i++)
        {
            await WriteAsync("order-1", i, $"a{i}", "orders");
        }

        await Journal.DeleteMessagesToAsync("order-1", 2, CancellationToken.None).WaitAsync(Patience);

        Assert.Equal(["a3"], Texts(await ToListAsync(Queries.CurrentEventsByPersistenceId("order-1", 1, long.MaxValue))));
        Assert.Equal(["a3"], Texts(await ToListAsync(Queries.CurrentAllEvents(Offset.NoOffset()))));
        Assert.Equal(["a3"], Texts(await ToListAsync(Queries.CurrentEventsByTag("orders", Offset.NoOffset()))));
        Assert.Equal(["order-1"], await ToListAsync(Queries.CurrentPersistenceIds()));
    }
}

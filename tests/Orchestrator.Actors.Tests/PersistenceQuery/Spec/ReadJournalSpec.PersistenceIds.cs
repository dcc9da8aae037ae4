namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>PersistenceIds and CurrentPersistenceIds.</summary>
public abstract partial class ReadJournalSpec
{
    [ReadJournalFact]
    public async Task Current_persistence_ids_lists_each_entity_once_in_order_of_its_first_event_then_completes()
    {
        await WriteAsync("order-1", 1, "a1");
        await WriteAsync("order-2", 1, "b1");
        await WriteAsync("order-1", 2, "a2");
        await WriteAsync("order-3", 1, "c1");

        var ids = await ToListAsync(Queries.CurrentPersistenceIds());

        Assert.Equal(["order-1", "order-2", "order-3"], ids);
    }

    [ReadJournalFact]
    public async Task Persistence_ids_delivers_each_new_entity_once_live()
    {
        await WriteAsync("order-1", 1, "a1");
        await using var probe = new StreamProbe<string>(Queries.PersistenceIds());
        Assert.Equal("order-1", await probe.ExpectNextAsync());

        await WriteAsync("order-1", 2, "a2");
        await WriteAsync("order-2", 1, "b1");
        await WriteAsync("order-2", 2, "b2");
        await WriteAsync("order-3", 1, "c1");

        Assert.Equal(["order-2", "order-3"], await probe.ExpectNextNAsync(2));
        await probe.ExpectNoNextAsync();
    }
}

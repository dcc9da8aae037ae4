using Orchestrator.Actors.Persistence.Query;
using QueryExtension = Orchestrator.Actors.Persistence.Query.PersistenceQuery;

namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>What every live query does: push, cancellation, termination, concurrent writers, persistent actors.</summary>
public abstract partial class ReadJournalSpec
{
    [ReadJournalFact]
    public async Task A_write_reaches_live_queries_at_once_without_waiting_for_the_poll()
    {
        await using var all = new StreamProbe<EventEnvelope>(Queries.AllEvents(Offset.NoOffset()));
        await using var tagged = new StreamProbe<EventEnvelope>(Queries.EventsByTag("orders", Offset.NoOffset()));
        await using var entity = new StreamProbe<EventEnvelope>(Queries.EventsByPersistenceId("order-1", 1, long.MaxValue));
        await using var ids = new StreamProbe<string>(Queries.PersistenceIds());
        await WriteAsync("order-1", 1, "marker", "orders");
        await ExpectMarkerAsync(all, tagged, entity);
        Assert.Equal("order-1", await ids.ExpectNextAsync());

        // Every query is past its first read, and the refresh interval is an hour: only the journal's
        // announcement of the commit can deliver these.
        await WriteAsync("order-1", 2, "created", "orders");
        await WriteAsync("order-2", 1, "other");

        var timeout = TimeSpan.FromSeconds(5);
        Assert.Equal(["created", "other"], Texts(await all.ExpectNextNAsync(2, timeout)));
        Assert.Equal("created", TextOf(await tagged.ExpectNextAsync(timeout)));
        Assert.Equal("created", TextOf(await entity.ExpectNextAsync(timeout)));
        Assert.Equal("order-2", await ids.ExpectNextAsync(timeout));
    }

    [ReadJournalFact]
    public async Task Cancelling_a_live_query_ends_it()
    {
        await WriteAsync("order-1", 1, "a");
        await using var events = new StreamProbe<EventEnvelope>(Queries.AllEvents(Offset.NoOffset()));
        await using var ids = new StreamProbe<string>(Queries.PersistenceIds());
        await events.ExpectNextAsync();
        await ids.ExpectNextAsync();

        events.Cancel();
        ids.Cancel();

        Assert.IsAssignableFrom<OperationCanceledException>(await events.ExpectErrorAsync());
        Assert.IsAssignableFrom<OperationCanceledException>(await ids.ExpectErrorAsync());
    }

    [ReadJournalFact]
    public async Task Terminating_the_system_ends_its_live_queries()
    {
        var system = StartSystem();
        await using var probe = new StreamProbe<EventEnvelope>(QueriesOf(system).AllEvents(Offset.NoOffset()));
        await probe.ExpectNoNextAsync();

        await system.Terminate().WaitAsync(Patience);

        var error = await probe.ExpectErrorAsync();
        Assert.True(error is OperationCanceledException, $"Expected the query to be cancelled, but it failed with {error}");
    }

    [ReadJournalFact]
    public async Task Concurrent_writers_are_delivered_once_each_in_increasing_offsets()
    {
        const int writers = 8;
        const int eventsEach = 25;
        await using var live = new StreamProbe<EventEnvelope>(Queries.AllEvents(Offset.NoOffset()));

        await Task.WhenAll(Enumerable.Range(1, writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 1; i <= eventsEach; i++)
            {
                await WriteAsync($"writer-{writer}", i, $"w{writer}-{i}");
            }
        })));

        var delivered = await live.ExpectNextNAsync(writers * eventsEach, TimeSpan.FromSeconds(30));
        await live.ExpectNoNextAsync();
        AssertIncreasing(delivered);
        Assert.Equal(writers * eventsEach, delivered.Select(e => (e.PersistenceId, e.SequenceNr)).Distinct().Count());
        foreach (var entity in delivered.GroupBy(e => e.PersistenceId))
        {
            Assert.Equal(Enumerable.Range(1, eventsEach).Select(i => (long)i), entity.Select(e => e.SequenceNr));
        }

        var current = await ToListAsync(Queries.CurrentAllEvents(Offset.NoOffset()));
        Assert.Equal(current.Select(OrderingOf), delivered.Select(OrderingOf));
    }

    [ReadJournalFact]
    public async Task Events_persisted_by_a_persistent_actor_reach_the_queries()
    {
        await using var tagged = new StreamProbe<EventEnvelope>(Queries.EventsByTag("orders", Offset.NoOffset()));
        var actor = Sys.ActorOf(Props.Create(() => new OrderActor("order-7")), "order-7");

        Assert.Equal("persisted", await actor.Ask<string>("created", Patience));
        Assert.Equal("persisted", await actor.Ask<string>("paid", Patience));

        var events = await tagged.ExpectNextNAsync(2);
        Assert.Equal(["created", "paid"], Texts(events));
        Assert.All(events, e => Assert.Equal("order-7", e.PersistenceId));
        Assert.Equal([1L, 2], events.Select(e => e.SequenceNr));
        Assert.Equal(["created", "paid"], Texts(await ToListAsync(Queries.CurrentEventsByPersistenceId("order-7", 1, long.MaxValue))));
    }

    /// <summary>Waits for the event "marker" on each probe: after it, a probe's query is live and waiting for the next commit.</summary>
    protected static async Task ExpectMarkerAsync(params StreamProbe<EventEnvelope>[] probes)
    {
        foreach (var probe in probes)
        {
            Assert.Equal("marker", TextOf(await probe.ExpectNextAsync()));
        }
    }

    [ReadJournalFact]
    public void Queries_reject_missing_arguments_when_called()
    {
        Assert.Throws<ArgumentException>(() => Queries.EventsByTag("", Offset.NoOffset()));
        Assert.Throws<ArgumentNullException>(() => Queries.CurrentEventsByTag("orders", null!));
        Assert.Throws<ArgumentNullException>(() => Queries.AllEvents(null!));
        Assert.Throws<ArgumentException>(() => Queries.CurrentEventsByPersistenceId("", 1, 10));
    }

    [ReadJournalFact]
    public void The_read_journal_is_made_once_per_system()
    {
        Assert.Same(Queries, QueryExtension.Get(Sys).ReadJournalFor<IAllEventsQuery>(ReadJournalId));
    }
}

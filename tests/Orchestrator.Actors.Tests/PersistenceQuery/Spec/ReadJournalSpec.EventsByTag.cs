using Orchestrator.Actors.Persistence.Query;

namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>EventsByTag and CurrentEventsByTag.</summary>
public abstract partial class ReadJournalSpec
{
    [ReadJournalFact]
    public async Task Current_events_by_tag_lists_exactly_the_events_with_that_tag()
    {
        await WriteAsync("order-1", 1, "red", "red");
        await WriteAsync("order-1", 2, "blue", "blue");
        await WriteAsync("order-2", 1, "red-and-blue", "blue", "red");
        await WriteAsync("order-2", 2, "capital", "Red");
        await WriteAsync("order-3", 1, "pattern", "r_d");
        await WriteAsync("order-3", 2, "longer", "reds");
        await WriteAsync("order-3", 3, "untagged");

        Assert.Equal(["red", "red-and-blue"], Texts(await ToListAsync(Queries.CurrentEventsByTag("red", Offset.NoOffset()))));
        Assert.Equal(["blue", "red-and-blue"], Texts(await ToListAsync(Queries.CurrentEventsByTag("blue", Offset.NoOffset()))));
        Assert.Equal(["capital"], Texts(await ToListAsync(Queries.CurrentEventsByTag("Red", Offset.NoOffset()))));
        Assert.Equal(["pattern"], Texts(await ToListAsync(Queries.CurrentEventsByTag("r_d", Offset.NoOffset()))));
        Assert.Empty(await ToListAsync(Queries.CurrentEventsByTag("r%", Offset.NoOffset())));
    }

    [ReadJournalFact]
    public async Task Events_by_tag_delivers_new_tagged_events_live_and_nothing_else()
    {
        await WriteAsync("order-1", 1, "old", "green");
        await using var probe = new StreamProbe<EventEnvelope>(Queries.EventsByTag("green", Offset.NoOffset()));
        Assert.Equal("old", TextOf(await probe.ExpectNextAsync()));

        await WriteAsync("order-1", 2, "other", "yellow");
        await WriteAsync("order-2", 1, "new", "green", "yellow");

        var envelope = await probe.ExpectNextAsync();
        Assert.Equal("new", TextOf(envelope));
        Assert.Contains("green", envelope.Tags);
        await probe.ExpectNoNextAsync();
    }

    [ReadJournalFact]
    public async Task Events_by_tag_resumes_after_the_offset_it_is_given()
    {
        for (var i = 1; i <= 6; i++)
        {
            await WriteAsync("order-1", i, $"e{i}", i % 2 == 0 ? "even" : "odd");
        }

        var evens = await ToListAsync(Queries.CurrentEventsByTag("even", Offset.NoOffset()));
        Assert.Equal(["e2", "e4", "e6"], Texts(evens));

        Assert.Equal(["e4", "e6"], Texts(await ToListAsync(Queries.CurrentEventsByTag("even", evens[0].Offset))));
        await using var live = new StreamProbe<EventEnvelope>(Queries.EventsByTag("even", evens[1].Offset));
        Assert.Equal("e6", TextOf(await live.ExpectNextAsync()));
        await live.ExpectNoNextAsync();
    }
}

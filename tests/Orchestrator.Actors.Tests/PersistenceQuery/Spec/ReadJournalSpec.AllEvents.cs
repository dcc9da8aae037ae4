using Orchestrator.Actors.Persistence.Query;

namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>AllEvents and CurrentAllEvents.</summary>
public abstract partial class ReadJournalSpec
{
    [ReadJournalFact]
    public async Task Current_all_events_lists_every_event_in_journal_order_then_completes()
    {
        await WriteAsync("order-1", 1, "a");
        await WriteAsync("order-2", 1, "b");
        await WriteAsync("order-1", 2, "c");

        var events = await ToListAsync(Queries.CurrentAllEvents(Offset.NoOffset()));

        Assert.Equal(["a", "b", "c"], Texts(events));
        Assert.Equal(["order-1", "order-2", "order-1"], events.Select(e => e.PersistenceId));
        Assert.Equal([1L, 1, 2], events.Select(e => e.SequenceNr));
        AssertIncreasing(events);
    }

    [ReadJournalFact]
    public async Task Current_all_events_ends_at_the_highest_offset_at_the_time_of_the_call()
    {
        for (var i = 1; i <= 3; i++)
        {
            await WriteAsync("order-1", i, $"before-{i}");
        }

        var seen = new List<string>();
        await foreach (var envelope in Queries.CurrentAllEvents(Offset.NoOffset()).WithCancellation(new CancellationTokenSource(Patience).Token))
        {
            seen.Add(TextOf(envelope));
            if (seen.Count == 1)
            {
                await WriteAsync("order-1", 4, "after");
            }
        }

        Assert.Equal(["before-1", "before-2", "before-3"], seen);
    }

    [ReadJournalFact]
    public async Task Current_all_events_of_an_empty_journal_completes_at_once()
    {
        Assert.Empty(await ToListAsync(Queries.CurrentAllEvents(Offset.NoOffset())));
    }

    [ReadJournalFact]
    public async Task All_events_delivers_the_stored_events_then_new_ones_and_never_completes()
    {
        await WriteAsync("order-1", 1, "a");
        await WriteAsync("order-2", 1, "b");
        await using var probe = new StreamProbe<EventEnvelope>(Queries.AllEvents(Offset.NoOffset()));
        Assert.Equal(["a", "b"], Texts(await probe.ExpectNextNAsync(2)));
        await probe.ExpectNoNextAsync();

        await WriteAsync("order-1", 2, "c");
        await WriteAsync("order-3", 1, "d");

        Assert.Equal(["c", "d"], Texts(await probe.ExpectNextNAsync(2)));
        await probe.ExpectNoNextAsync();
    }

    [ReadJournalFact]
    public async Task All_events_resumes_after_the_offset_it_is_given()
    {
        for (var i = 1; i <= 15; i++)
        {
            await WriteAsync($"order-{i % 4}", (i + 3) / 4, $"e{i}");
        }

        var tenth = (await ToListAsync(Queries.CurrentAllEvents(Offset.NoOffset())))[9];
        Assert.Equal("e10", TextOf(tenth));

        var current = await ToListAsync(Queries.CurrentAllEvents(tenth.Offset));
        await using var live = new StreamProbe<EventEnvelope>(Queries.AllEvents(tenth.Offset));

        string[] expected = ["e11", "e12", "e13", "e14", "e15"];
        Assert.Equal(expected, Texts(current));
        Assert.Equal(expected, Texts(await live.ExpectNextNAsync(5)));
        await live.ExpectNoNextAsync();
    }

    [ReadJournalFact]
    public async Task Envelopes_carry_the_event_its_entity_position_write_time_and_tags()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        await WriteAsync("order-1", 1, "created", "orders", "audit");
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var envelope = Assert.Single(await ToListAsync(Queries.CurrentAllEvents(Offset.NoOffset())));

        Assert.Equal(new QueryEvent("created"), envelope.Event);
        Assert.Equal("order-1", envelope.PersistenceId);
        Assert.Equal(1, envelope.SequenceNr);
        Assert.True(OrderingOf(envelope) > 0);
        Assert.InRange(envelope.Timestamp, before, after);
        Assert.Equal(["audit", "orders"], envelope.Tags.Order(StringComparer.Ordinal));
    }
}

using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>Deletion: deleted events are not replayed, their numbers stay taken.</summary>
public abstract partial class JournalSpec
{
    [DatabaseFact]
    public async Task Deleted_events_are_not_replayed_but_the_highest_sequence_number_stays()
    {
        await WriteOneAsync(Journal, Write("order-1", 1, "a", "b", "c", "d", "e"));
        await WriteOneAsync(Journal, Write("order-2", 1, "other"));

        await Within(Journal.DeleteMessagesToAsync("order-1", 3, CancellationToken.None));

        Assert.Equal(["d", "e"], Texts(await ReplayAsync(Journal, "order-1")));
        Assert.Equal(["d"], Texts(await ReplayAsync(Journal, "order-1", from: 1, max: 1)));
        Assert.Equal(5, await HighestAsync(Journal, "order-1"));
        await Within(Journal.DeleteMessagesToAsync("order-1", long.MaxValue, CancellationToken.None));
        Assert.Empty(await ReplayAsync(Journal, "order-1"));
        Assert.Equal(5, await HighestAsync(Journal, "order-1"));
        Assert.Equal(["other"], Texts(await ReplayAsync(Journal, "order-2")));
    }

    [DatabaseFact]
    public async Task The_numbers_of_deleted_events_cannot_be_written_again_and_writing_goes_on_after_them()
    {
        await WriteOneAsync(Journal, Write("order-1", 1, "a", "b"));
        await Within(Journal.DeleteMessagesToAsync("order-1", 2, CancellationToken.None));

        Assert.IsType<WriteResult.Failure>(await WriteOneAsync(Journal, Write("order-1", 2, "again")));
        Assert.IsType<WriteResult.Written>(await WriteOneAsync(Journal, Write("order-1", 3, "c")));

        Assert.Equal(["c"], Texts(await ReplayAsync(Journal, "order-1")));
        Assert.Equal(3, await HighestAsync(Journal, "order-1"));
    }

    [DatabaseFact]
    public async Task Deleting_an_unknown_entity_or_beyond_the_last_event_is_harmless()
    {
        await Within(Journal.DeleteMessagesToAsync("nobody", 10, CancellationToken.None));
        await WriteOneAsync(Journal, Write("order-1", 1, "a"));

        await Within(Journal.DeleteMessagesToAsync("order-1", 10, CancellationToken.None));

        Assert.Equal(0, await HighestAsync(Journal, "nobody"));
        Assert.Equal(1, await HighestAsync(Journal, "order-1"));
        Assert.IsType<WriteResult.Written>(await WriteOneAsync(Journal, Write("order-1", 2, "b")));
        Assert.Equal(["b"], Texts(await ReplayAsync(Journal, "order-1")));
    }
}

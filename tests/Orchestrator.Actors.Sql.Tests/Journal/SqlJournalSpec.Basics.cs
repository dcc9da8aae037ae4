using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Serialization;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>Migrations, writing, replaying, highest sequence number and deletion.</summary>
public abstract partial class SqlJournalSpec
{
    [DatabaseFact]
    public async Task Migrations_are_applied_once_however_many_instances_start()
    {
        var first = NewJournal();
        var second = NewJournal();

        await Task.WhenAll(first.InitializeAsync(), second.InitializeAsync());
        await NewJournal().InitializeAsync();

        Assert.Equal(1, await Db.ScalarAsync($"SELECT COUNT(*) FROM schema_version WHERE table_name = '{Db.JournalTable}'"));
        Assert.Equal(1, await Db.ScalarAsync($"SELECT MAX(version) FROM schema_version WHERE table_name = '{Db.JournalTable}'"));
        Assert.IsType<WriteResult.Written>(await WriteOneAsync(first, Write("order-1", 1, "a")));
        Assert.Equal(["a"], Texts(await ReplayAsync(second, "order-1")));
    }

    [DatabaseFact]
    public async Task Events_are_replayed_in_order_with_their_metadata()
    {
        var journal = NewJournal();
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var tagged = Event(new TestEvent("c"), "order-1", 3, "writer-b", new HashSet<string>(["green", "blue"], StringComparer.Ordinal));

        var results = await journal.WriteMessagesAsync([Write("order-1", 1, "a", "b"), new AtomicWrite([tagged])], CancellationToken.None);

        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Assert.All(results, result => Assert.IsType<WriteResult.Written>(result));
        var events = await ReplayAsync(journal, "order-1");
        Assert.Equal(["a", "b", "c"], Texts(events));
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.SequenceNr));
        Assert.Equal(["writer-a", "writer-a", "writer-b"], events.Select(e => e.WriterId));
        Assert.All(events, e => Assert.Equal("order-1", e.PersistenceId));
        Assert.All(events, e => Assert.InRange(e.Timestamp, before, after));
        Assert.Empty(events[0].Tags);
        Assert.Equal(["blue", "green"], events[2].Tags.Order(StringComparer.Ordinal));
    }

    [DatabaseFact]
    public async Task Replay_honours_its_bounds_and_maximum()
    {
        var journal = NewJournal();
        await WriteOneAsync(journal, Write("order-1", 1, "a", "b", "c", "d", "e"));
        await WriteOneAsync(journal, Write("order-2", 1, "other"));

        Assert.Equal(["b", "c", "d"], Texts(await ReplayAsync(journal, "order-1", from: 2, to: 4)));
        Assert.Equal(["b", "c"], Texts(await ReplayAsync(journal, "order-1", from: 2, max: 2)));
        Assert.Empty(await ReplayAsync(journal, "order-1", from: 4, to: 3));
        Assert.Empty(await ReplayAsync(journal, "order-1", max: 0));
        Assert.Empty(await ReplayAsync(journal, "order-3"));
    }

    [DatabaseFact]
    public async Task Deleted_events_are_not_replayed_but_the_highest_sequence_number_stays()
    {
        var journal = NewJournal();
        await WriteOneAsync(journal, Write("order-1", 1, "a", "b", "c", "d", "e"));

        await journal.DeleteMessagesToAsync("order-1", 3, CancellationToken.None);

        Assert.Equal(["d", "e"], Texts(await ReplayAsync(journal, "order-1")));
        Assert.Equal(5, await journal.ReadHighestSequenceNrAsync("order-1", 0, CancellationToken.None));
        await journal.DeleteMessagesToAsync("order-1", long.MaxValue, CancellationToken.None);
        Assert.Empty(await ReplayAsync(journal, "order-1"));
        Assert.Equal(5, await journal.ReadHighestSequenceNrAsync("order-1", 0, CancellationToken.None));
        Assert.Equal(0, await journal.ReadHighestSequenceNrAsync("order-2", 0, CancellationToken.None));
        Assert.Equal(5, await Db.ScalarAsync($"SELECT COUNT(*) FROM {Db.JournalTable}"));
    }

    [DatabaseFact]
    public async Task A_write_with_an_unregistered_event_is_rejected_whole()
    {
        var journal = NewJournal();
        var write = new AtomicWrite([Event(new TestEvent("fine"), "order-1", 1), Event(new UnregisteredEvent("not fine"), "order-1", 2)]);

        var rejection = Assert.IsType<WriteResult.Rejection>(await WriteOneAsync(journal, write));

        var error = Assert.IsType<SerializationException>(rejection.Cause);
        Assert.Contains(nameof(UnregisteredEvent), error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await journal.ReadHighestSequenceNrAsync("order-1", 0, CancellationToken.None));
        Assert.IsType<WriteResult.Written>(await WriteOneAsync(journal, Write("order-1", 1, "fine")));
    }

    [DatabaseFact]
    public async Task A_tag_containing_the_separator_is_rejected()
    {
        var journal = NewJournal();
        var write = new AtomicWrite([Event(new TestEvent("x"), "order-1", 1, tags: new HashSet<string>(["a;b"], StringComparer.Ordinal))]);

        var rejection = Assert.IsType<WriteResult.Rejection>(await WriteOneAsync(journal, write));

        Assert.Contains("a;b", rejection.Cause.Message, StringComparison.Ordinal);
        Assert.Equal(0, await journal.ReadHighestSequenceNrAsync("order-1", 0, CancellationToken.None));
    }

    [DatabaseFact]
    public async Task Disposing_stores_the_writes_already_queued_and_refuses_new_ones()
    {
        var journal = NewJournal();
        await WriteOneAsync(journal, Write("warm-up", 1, "w"));
        Task<IReadOnlyList<WriteResult>> queued;
        ValueTask disposing;
        await using (await Db.HoldWriteLockAsync(journal))
        {
            queued = journal.WriteMessagesAsync([Write("order-1", 1, "queued")], CancellationToken.None);
            disposing = journal.DisposeAsync();
            Assert.Throws<ObjectDisposedException>(() => { _ = journal.WriteMessagesAsync([Write("order-1", 2, "late")], CancellationToken.None); });
        }

        await disposing.AsTask().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.IsType<WriteResult.Written>(Assert.Single(await queued));
        Assert.Equal(["queued"], Texts(await ReplayAsync(NewJournal(), "order-1")));
    }
}

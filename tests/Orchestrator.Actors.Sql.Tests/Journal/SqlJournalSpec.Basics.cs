using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Serialization;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>Migrations, serialisation and tag rejections, deletes that keep rows, and shutdown.</summary>
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
    public async Task Deleting_marks_the_rows_and_keeps_them()
    {
        await WriteOneAsync(Journal, Write("order-1", 1, "a", "b", "c"));

        await Within(Journal.DeleteMessagesToAsync("order-1", 2, CancellationToken.None));

        Assert.Equal(3, await Db.ScalarAsync($"SELECT COUNT(*) FROM {Db.JournalTable}"));
        Assert.Equal(2, await Db.ScalarAsync($"SELECT COUNT(*) FROM {Db.JournalTable} WHERE deleted = TRUE"));
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

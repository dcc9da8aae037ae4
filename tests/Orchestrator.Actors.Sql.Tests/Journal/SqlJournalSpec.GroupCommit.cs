using System.Collections.Concurrent;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Journal;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>Group commit, commit order of orderings and commit announcements.</summary>
public abstract partial class SqlJournalSpec
{
    [DatabaseFact]
    public async Task Concurrent_writes_share_transactions()
    {
        var journal = NewJournal();
        await WriteOneAsync(journal, Write("warm-up", 1, "w"));
        var commitsBefore = journal.CommitCount;
        Task<IReadOnlyList<WriteResult>>[] writes;
        await using (await Db.HoldWriteLockAsync(journal))
        {
            writes = Enumerable.Range(0, 200)
                .Select(i => journal.WriteMessagesAsync([Write($"entity-{i}", 1, $"e{i}")], CancellationToken.None))
                .ToArray();
        }

        var results = await Within(Task.WhenAll(writes));

        Assert.All(results, result => Assert.IsType<WriteResult.Written>(Assert.Single(result)));
        // 200 writes, at most 100 a transaction, at most a few writer loops: a handful of commits, not 200.
        Assert.InRange(journal.CommitCount - commitsBefore, 2, 20);
        Assert.Equal(201, await Db.ScalarAsync($"SELECT COUNT(*) FROM {Db.JournalTable}"));
    }

    [DatabaseFact]
    public async Task Orderings_are_committed_in_increasing_order_so_a_reader_by_ordering_never_skips_one()
    {
        var journal = NewJournal();
        await journal.InitializeAsync();
        using var writersDone = new CancellationTokenSource();
        var seen = new List<long>();
        var reader = Task.Run(async () =>
        {
            // What a live query does: read what is past the last ordering it has seen, again and again.
            await using var connection = await Db.OpenAsync();
            long last = 0;
            while (true)
            {
                var finalPass = writersDone.IsCancellationRequested;
                var orderings = await Db.LongsAsync(connection, $"SELECT ordering FROM {Db.JournalTable} WHERE ordering > {last} ORDER BY ordering");
                seen.AddRange(orderings);
                last = orderings.Count > 0 ? orderings[^1] : last;
                if (finalPass)
                {
                    return;
                }

                await Task.Yield();
            }
        });
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var sequenceNr = 1; sequenceNr <= 25; sequenceNr++)
            {
                Assert.IsType<WriteResult.Written>(await WriteOneAsync(journal, Write($"writer-{w}", sequenceNr, $"{w}-{sequenceNr}")));
            }
        }));

        await Within(Task.WhenAll(writers));
        await writersDone.CancelAsync();
        await reader.WaitAsync(TimeSpan.FromSeconds(30));

        await using var connection = await Db.OpenAsync();
        var stored = await Db.LongsAsync(connection, $"SELECT ordering FROM {Db.JournalTable} ORDER BY ordering");
        Assert.Equal(200, stored.Count);
        Assert.Equal(stored, seen);
        for (var w = 0; w < 8; w++)
        {
            var bySequence = await Db.LongsAsync(connection, $"SELECT ordering FROM {Db.JournalTable} WHERE persistence_id = 'writer-{w}' ORDER BY sequence_nr");
            Assert.Equal(bySequence.Order(), bySequence);
        }
    }

    [DatabaseFact]
    public async Task Each_commit_is_announced_with_the_highest_ordering_it_committed()
    {
        var journal = NewJournal();
        var announcements = new ConcurrentQueue<long>();
        using var subscription = JournalCommits.Subscribe(journal.JournalKey, announcements.Enqueue);

        await WriteOneAsync(journal, Write("order-1", 1, "a", "b"));

        var highest = await Db.ScalarAsync($"SELECT MAX(ordering) FROM {Db.JournalTable}");
        Assert.Equal(highest, Assert.Single(announcements));
        Assert.Equal(highest, JournalCommits.LatestOrdering(journal.JournalKey));
        Assert.Equal(journal.JournalKey, NewJournal().JournalKey);
        subscription.Dispose();
        await WriteOneAsync(journal, Write("order-1", 3, "c"));
        Assert.Single(announcements);
        Assert.Equal(highest + 1, JournalCommits.LatestOrdering(journal.JournalKey));
    }
}

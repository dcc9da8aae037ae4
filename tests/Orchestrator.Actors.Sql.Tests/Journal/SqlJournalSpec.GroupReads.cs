using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Serialization;
using Orchestrator.Actors.Sql.Journal;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>
/// Group reads: the replays of many recovering entities answered together (on PostgreSQL by one
/// statement), each with exactly its own events, range, limit and highest sequence number.
/// </summary>
public abstract partial class SqlJournalSpec
{
    [DatabaseFact]
    public async Task Replays_answered_together_each_get_their_own_range_limit_and_highest()
    {
        var journal = NewJournal();
        await WriteOneAsync(journal, Write("a", 1, "a1", "a2", "a3", "a4", "a5"));
        await WriteOneAsync(journal, Write("b", 1, "b1", "b2"));
        await WriteOneAsync(journal, Write("deleted", 1, "d1", "d2", "d3"));
        await journal.DeleteMessagesToAsync("deleted", 3, CancellationToken.None);
        var reads = new (ReplayRead Read, List<PersistentRepresentation> Events)[]
        {
            Read("a", 2, 4, long.MaxValue),
            Read("b", 1, long.MaxValue, long.MaxValue),
            Read("nobody", 1, long.MaxValue, long.MaxValue),
            Read("deleted", 1, long.MaxValue, long.MaxValue),
            Read("a", 1, long.MaxValue, 2),
            Read("b", 3, long.MaxValue, long.MaxValue),
        };

        await using (var connection = await Db.OpenAsync())
        {
            await ReplayBatchAsync(journal, connection, [.. reads.Select(r => r.Read)]);
        }

        var highest = await Task.WhenAll(reads.Select(r => Within(r.Read.Task)));
        Assert.Equal(new long[] { 5, 2, 0, 3, 5, 2 }, highest);
        Assert.Equal(["a2", "a3", "a4"], Texts(reads[0].Events));
        Assert.Equal(["b1", "b2"], Texts(reads[1].Events));
        Assert.Empty(reads[2].Events);
        Assert.Empty(reads[3].Events);
        Assert.Equal(["a1", "a2"], Texts(reads[4].Events));
        Assert.Empty(reads[5].Events);
        Assert.All(reads[0].Events, e => Assert.Equal("a", e.PersistenceId));
        Assert.Equal([2L, 3, 4], reads[0].Events.Select(e => e.SequenceNr));
    }

    [DatabaseFact]
    public async Task A_loops_reader_answers_batch_after_batch_of_any_size_on_its_connection()
    {
        var journal = NewJournal();
        await WriteOneAsync(journal, Write("a", 1, "a1", "a2", "a3"));
        await WriteOneAsync(journal, Write("b", 1, "b1"));

        await using var connection = await Db.OpenAsync();
        await using var reader = new ReplayReader(journal, connection);
        var first = new[] { Read("a", 1, long.MaxValue, long.MaxValue), Read("b", 1, long.MaxValue, long.MaxValue), Read("c", 1, long.MaxValue, long.MaxValue) };
        await reader.ReadAsync([.. first.Select(r => r.Read)]);
        Publish(first.Select(r => r.Read));
        await WriteOneAsync(journal, Write("c", 1, "c1", "c2"));
        var second = new[] { Read("c", 2, long.MaxValue, long.MaxValue) };
        await reader.ReadAsync([.. second.Select(r => r.Read)]);
        Publish(second.Select(r => r.Read));

        Assert.Equal(new long[] { 3, 1, 0 }, await Task.WhenAll(first.Select(r => Within(r.Read.Task))));
        Assert.Equal(["a1", "a2", "a3"], Texts(first[0].Events));
        Assert.Equal(["b1"], Texts(first[1].Events));
        Assert.Empty(first[2].Events);
        Assert.Equal(2, await Within(second[0].Read.Task));
        Assert.Equal(["c2"], Texts(second[0].Events));
    }

    [DatabaseFact]
    public async Task An_event_that_cannot_be_read_fails_only_its_own_replay_in_a_batch()
    {
        var journal = NewJournal();
        await WriteOneAsync(journal, Write("good", 1, "g1", "g2"));
        await using (var connection = await Db.OpenAsync())
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO {Db.JournalTable} (persistence_id, sequence_nr, manifest, payload, tags, writer_id, created) VALUES ('poisoned', 1, 'no-such-manifest', {Db.Kind switch { "sqlite" => "x'7b7d'", _ => "'\\x7b7d'::bytea" }}, '', 'w', 0)";
            await insert.ExecuteNonQueryAsync();
        }

        var poisoned = Read("poisoned", 1, long.MaxValue, long.MaxValue);
        var good = Read("good", 1, long.MaxValue, long.MaxValue);
        await using (var connection = await Db.OpenAsync())
        {
            await ReplayBatchAsync(journal, connection, [poisoned.Read, good.Read]);
        }

        var error = await Assert.ThrowsAsync<SerializationException>(() => Within(poisoned.Read.Task));
        Assert.Contains("no-such-manifest", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, await Within(good.Read.Task));
        Assert.Equal(["g1", "g2"], Texts(good.Events));
    }

    [DatabaseFact]
    public async Task Hundreds_of_concurrent_recoveries_each_replay_exactly_their_entity()
    {
        var journal = NewJournal();
        var ids = Enumerable.Range(0, 300).Select(i => $"entity-{i}").ToArray();
        await Within(journal.WriteMessagesAsync([.. ids.Select((id, i) => Write(id, 1, [.. Enumerable.Range(1, 1 + (i % 4)).Select(n => $"{id}/{n}")]))], CancellationToken.None));

        var replays = ids.Select(async id =>
        {
            var events = new List<PersistentRepresentation>();
            var highest = await journal.ReplayAndReadHighestAsync(id, 1, long.MaxValue, long.MaxValue, events.Add, CancellationToken.None);
            return (id, highest, events);
        }).ToArray();

        foreach (var (id, highest, events) in await Within(Task.WhenAll(replays)))
        {
            var expected = 1 + (Array.IndexOf(ids, id) % 4);
            Assert.Equal(expected, highest);
            Assert.Equal(Enumerable.Range(1, expected).Select(n => $"{id}/{n}"), Texts(events));
        }
    }

    /// <summary>A batch as the replay loops answer it on this database: one statement (PostgreSQL) or read by read (SQLite).</summary>
    private static async Task ReplayBatchAsync(SqlJournal journal, System.Data.Common.DbConnection connection, ReplayRead[] reads)
    {
        await using var reader = new ReplayReader(journal, connection);
        await reader.ReadAsync(reads);
        Publish(reads);
    }

    /// <summary>Hands the reads' outcomes to their tasks, as the batcher does after each batch.</summary>
    private static void Publish(IEnumerable<ReplayRead> reads)
    {
        foreach (var read in reads)
        {
            read.Publish();
        }
    }

    private static (ReplayRead Read, List<PersistentRepresentation> Events) Read(string persistenceId, long from, long to, long max)
    {
        var events = new List<PersistentRepresentation>();
        return (new ReplayRead(persistenceId, from, to, max, events.Add), events);
    }
}

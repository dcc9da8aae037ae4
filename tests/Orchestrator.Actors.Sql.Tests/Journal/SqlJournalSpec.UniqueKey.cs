using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>
/// The unique key (persistence_id, sequence_nr) across plugin instances and within one group-commit batch:
/// two incarnations can never both commit, and a collision fails only its own entity's writes.
/// </summary>
public abstract partial class SqlJournalSpec
{
    [DatabaseFact]
    public async Task A_second_plugin_instance_cannot_overwrite_stored_events()
    {
        // Two plugin instances, as two processes that both believe they own the entity would have.
        var second = NewJournal();
        Assert.IsType<WriteResult.Written>(await WriteOneAsync(Journal, Write("pod/default/web", 1, "original-1", "original-2")));

        var result = await WriteOneAsync(second, WriteBy("writer-b", "pod/default/web", 2, "impostor-2", "impostor-3"));

        var duplicate = Assert.IsType<DuplicateSequenceNrException>(Assert.IsType<WriteResult.Failure>(result).Cause);
        Assert.Equal("pod/default/web", duplicate.PersistenceId);
        Assert.Equal(2, duplicate.SequenceNr);
        Assert.Equal(["original-1", "original-2"], Texts(await ReplayAsync(second, "pod/default/web")));
        Assert.Equal(2, await Db.ScalarAsync($"SELECT COUNT(*) FROM {Db.JournalTable}"));
    }

    [DatabaseFact]
    public async Task A_failed_or_rejected_write_in_a_batch_leaves_the_others_stored()
    {
        var journal = NewJournal();
        await WriteOneAsync(journal, Write("taken", 1, "original"));
        Task<IReadOnlyList<WriteResult>> good, conflicting, mixed;
        await using (await Db.HoldWriteLockAsync(journal))
        {
            // Queued while the writer waits for the lock: they are committed together.
            good = journal.WriteMessagesAsync([Write("good-1", 1, "g1"), Write("good-2", 1, "g2")], CancellationToken.None);
            conflicting = journal.WriteMessagesAsync([Write("taken", 1, "impostor")], CancellationToken.None);
            mixed = journal.WriteMessagesAsync(
                [Write("good-3", 1, "g3"), new AtomicWrite([Event(new UnregisteredEvent("?"), "bad", 1)]), Write("taken", 1, "impostor-2"), Write("good-4", 1, "g4")],
                CancellationToken.None);
        }

        Assert.All(await Within(good), result => Assert.IsType<WriteResult.Written>(result));
        Assert.IsType<WriteResult.Failure>(Assert.Single(await Within(conflicting)));
        var results = await Within(mixed);
        Assert.IsType<WriteResult.Written>(results[0]);
        Assert.IsType<WriteResult.Rejection>(results[1]);
        Assert.IsType<WriteResult.Failure>(results[2]);
        Assert.IsType<WriteResult.Written>(results[3]);
        foreach (var (id, text) in new[] { ("good-1", "g1"), ("good-2", "g2"), ("good-3", "g3"), ("good-4", "g4"), ("taken", "original") })
        {
            Assert.Equal([text], Texts(await ReplayAsync(journal, id)));
        }

        Assert.Equal(0, await journal.ReadHighestSequenceNrAsync("bad", 0, CancellationToken.None));
    }

    [DatabaseFact]
    public async Task After_a_collision_the_entitys_later_writes_in_the_same_batch_fail_even_from_other_calls()
    {
        var journal = NewJournal("parallelism = 1");
        await WriteOneAsync(journal, Write("taken", 1, "original"));
        Task<IReadOnlyList<WriteResult>> first, loser, losersNext, bystander;
        await using (await Db.HoldWriteLockAsync(journal))
        {
            // The writer takes a first batch and waits for the lock; what is queued meanwhile is the next batch:
            // the losing incarnation's write, its next one and someone else's.
            first = journal.WriteMessagesAsync([Write("first", 1, "f")], CancellationToken.None);
            await AwaitConditionAsync(() => journal.QueuedCalls == 0, TimeSpan.FromSeconds(10));
            loser = journal.WriteMessagesAsync([WriteBy("writer-b", "taken", 1, "impostor-1")], CancellationToken.None);
            losersNext = journal.WriteMessagesAsync([WriteBy("writer-b", "taken", 2, "impostor-2")], CancellationToken.None);
            bystander = journal.WriteMessagesAsync([Write("other", 1, "o1")], CancellationToken.None);
        }

        Assert.IsType<WriteResult.Written>(Assert.Single(await Within(first)));
        Assert.IsType<DuplicateSequenceNrException>(Assert.IsType<WriteResult.Failure>(Assert.Single(await Within(loser))).Cause);
        Assert.IsType<DuplicateSequenceNrException>(Assert.IsType<WriteResult.Failure>(Assert.Single(await Within(losersNext))).Cause);
        Assert.IsType<WriteResult.Written>(Assert.Single(await Within(bystander)));
        Assert.Equal(["original"], Texts(await ReplayAsync(journal, "taken")));
        Assert.Equal(1, await Db.ScalarAsync($"SELECT COUNT(*) FROM {Db.JournalTable} WHERE persistence_id = 'taken'"));
    }
}

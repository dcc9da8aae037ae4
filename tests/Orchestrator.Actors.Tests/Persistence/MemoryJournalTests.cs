using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary><see cref="MemoryJournal"/> called directly: the unique key, atomic writes, replay bounds and deletes.</summary>
public sealed class MemoryJournalTests : PersistenceTestKit
{
    [Fact]
    public async Task A_write_of_an_existing_sequence_number_fails_and_overwrites_nothing()
    {
        await Write(Atomic("p", 1, "a"));

        var results = await Journal.WriteMessagesAsync([Atomic("p", 1, "other")], CancellationToken.None);

        var failure = Assert.IsType<WriteResult.Failure>(Assert.Single(results));
        Assert.IsType<DuplicateSequenceNrException>(failure.Cause);
        Assert.Equal(["a"], StoredPayloads("p"));
    }

    [Fact]
    public async Task An_atomic_write_with_one_colliding_event_stores_none_of_them()
    {
        await Write(Atomic("p", 2, "b"));

        var results = await Journal.WriteMessagesAsync([Atomic("p", 1, "a", "b2", "c")], CancellationToken.None);

        Assert.IsType<WriteResult.Failure>(Assert.Single(results));
        Assert.Equal(["b"], StoredPayloads("p"));
    }

    [Fact]
    public async Task After_a_failed_write_the_entitys_later_writes_in_the_call_fail_but_other_entities_are_stored()
    {
        await Write(Atomic("p", 1, "a"));

        var results = await Journal.WriteMessagesAsync([Atomic("p", 1, "x"), Atomic("q", 1, "q1"), Atomic("p", 2, "y")], CancellationToken.None);

        Assert.IsType<WriteResult.Failure>(results[0]);
        Assert.Equal(WriteResult.Success, results[1]);
        Assert.IsType<WriteResult.Failure>(results[2]);
        Assert.Equal(["a"], StoredPayloads("p"));
        Assert.Equal(["q1"], StoredPayloads("q"));
    }

    [Fact]
    public async Task Replay_honours_the_bounds_and_the_maximum()
    {
        await Write(Atomic("p", 1, "a", "b", "c", "d", "e"));
        var replayed = new List<string>();

        await Journal.ReplayMessagesAsync("p", 2, 4, 2, e => replayed.Add((string)e.Payload), CancellationToken.None);

        Assert.Equal(["b", "c"], replayed);
    }

    [Fact]
    public async Task Deleted_events_are_not_replayed_but_count_for_the_highest_sequence_number_and_the_unique_key()
    {
        await Write(Atomic("p", 1, "a", "b", "c"));

        await Journal.DeleteMessagesToAsync("p", long.MaxValue, CancellationToken.None);

        Assert.Empty(StoredPayloads("p"));
        Assert.Equal(3, await Journal.ReadHighestSequenceNrAsync("p", 0, CancellationToken.None));
        Assert.IsType<WriteResult.Failure>(Assert.Single(await Journal.WriteMessagesAsync([Atomic("p", 3, "again")], CancellationToken.None)));
        await Write(Atomic("p", 4, "d"));
        Assert.Equal(["d"], StoredPayloads("p"));
    }

    [Fact]
    public async Task The_highest_sequence_number_of_an_unknown_entity_is_zero()
    {
        Assert.Equal(0, await Journal.ReadHighestSequenceNrAsync("nobody", 0, CancellationToken.None));
    }

    private async Task Write(AtomicWrite write) =>
        Assert.Equal(WriteResult.Success, Assert.Single(await Journal.WriteMessagesAsync([write], CancellationToken.None)));

    private static AtomicWrite Atomic(string persistenceId, long firstSequenceNr, params string[] payloads) =>
        new([.. payloads.Select((payload, i) => new PersistentRepresentation(payload, persistenceId, firstSequenceNr + i, "writer", PersistentRepresentation.NoTags))]);
}

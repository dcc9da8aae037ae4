using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>
/// The unique key (persistence id, sequence number): a second writer of an entity (another incarnation that
/// believes it owns it) can never overwrite, nor append after its failed write.
/// </summary>
public abstract partial class JournalSpec
{
    [DatabaseFact]
    public async Task A_second_writer_at_a_stored_sequence_number_fails_and_the_original_stays()
    {
        Assert.IsType<WriteResult.Written>(await WriteOneAsync(Journal, Write("pod/default/web", 1, "original-1", "original-2")));

        var result = await WriteOneAsync(Journal, WriteBy("writer-b", "pod/default/web", 2, "impostor-2", "impostor-3"));

        var duplicate = Assert.IsType<DuplicateSequenceNrException>(Assert.IsType<WriteResult.Failure>(result).Cause);
        Assert.Equal("pod/default/web", duplicate.PersistenceId);
        var events = await ReplayAsync(Journal, "pod/default/web");
        Assert.Equal(["original-1", "original-2"], Texts(events));
        Assert.All(events, e => Assert.Equal("writer-a", e.WriterId));
        Assert.Equal(2, await HighestAsync(Journal, "pod/default/web"));
    }

    [DatabaseFact]
    public async Task After_a_failed_write_the_entitys_later_writes_in_the_same_call_fail_and_are_not_stored()
    {
        await WriteOneAsync(Journal, Write("taken", 1, "original"));

        var results = await Within(Journal.WriteMessagesAsync(
            [Write("other", 1, "o1"), WriteBy("writer-b", "taken", 1, "impostor-1"), WriteBy("writer-b", "taken", 2, "impostor-2"), Write("other", 2, "o2")],
            CancellationToken.None));

        Assert.IsType<WriteResult.Written>(results[0]);
        Assert.IsType<DuplicateSequenceNrException>(Assert.IsType<WriteResult.Failure>(results[1]).Cause);
        Assert.IsType<WriteResult.Failure>(results[2]);
        Assert.IsType<WriteResult.Written>(results[3]);
        Assert.Equal(["original"], Texts(await ReplayAsync(Journal, "taken")));
        Assert.Equal(1, await HighestAsync(Journal, "taken"));
        Assert.Equal(["o1", "o2"], Texts(await ReplayAsync(Journal, "other")));
    }

    [DatabaseFact]
    public async Task Two_writers_racing_for_the_same_numbers_store_exactly_one_history()
    {
        var racers = new[] { "writer-a", "writer-b" }.Select(writer => Task.Run(() =>
            WriteOneAsync(Journal, WriteBy(writer, "contested", 1, $"{writer}-1", $"{writer}-2")))).ToArray();

        var results = await Within(Task.WhenAll(racers));

        Assert.Single(results, result => result is WriteResult.Written);
        Assert.Single(results, result => result is WriteResult.Failure);
        var events = await ReplayAsync(Journal, "contested");
        var winner = events[0].WriterId;
        Assert.Equal([$"{winner}-1", $"{winner}-2"], Texts(events));
        Assert.All(events, e => Assert.Equal(winner, e.WriterId));
    }
}

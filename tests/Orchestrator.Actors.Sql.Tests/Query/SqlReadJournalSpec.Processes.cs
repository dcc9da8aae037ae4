using System.Collections.Concurrent;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Persistence.Query;
using Orchestrator.Actors.Tests.PersistenceQuery;

namespace Orchestrator.Actors.Sql.Tests.Query;

/// <summary>Many writers in two processes against live queries: nothing skipped, nothing repeated.</summary>
public abstract partial class SqlReadJournalSpec
{
    private const int WritersPerProcess = 5;
    private const int EventsPerWriter = 30;
    private const int ContestedEvents = 20;

    [ReadJournalFact]
    public async Task Two_processes_writing_concurrently_never_make_a_live_query_skip_or_repeat_an_event()
    {
        // Each reader is pushed the commits of the writer with its database name and polls for the other's.
        var poll = $"{ReadJournalId}.refresh-interval = 100ms";
        var near = new StreamProbe<EventEnvelope>(QueriesOf(StartSystem(poll)).AllEvents(Offset.NoOffset()));
        var far = new StreamProbe<EventEnvelope>(QueriesOf(StartOtherProcess(poll)).AllEvents(Offset.NoOffset()));
        await using var nearProbe = near;
        await using var farProbe = far;
        var processA = JournalOf(StartSystem());
        var processB = JournalOf(StartOtherProcess());
        var written = new ConcurrentQueue<(string PersistenceId, long SequenceNr)>();

        // Own entities in both processes, plus one entity both write with the same sequence numbers: one
        // process wins each number, the other's transaction hits the unique key and rolls back (on PostgreSQL
        // its orderings are lost, leaving holes).
        await Task.WhenAll(
        [
            .. Enumerable.Range(1, WritersPerProcess).Select(i => WriteOwnAsync(processA, $"a-{i}", written)),
            .. Enumerable.Range(1, WritersPerProcess).Select(i => WriteOwnAsync(processB, $"b-{i}", written)),
            ContestAsync(processA, written),
            ContestAsync(processB, written),
        ]);

        List<long> committed;
        await using (var connection = await Db.OpenAsync())
        {
            committed = await Db.LongsAsync(connection, $"SELECT ordering FROM {Db.JournalTable} ORDER BY ordering");
        }

        Assert.Equal((2 * WritersPerProcess * EventsPerWriter) + ContestedEvents, written.Count);
        Assert.Equal(written.Count, committed.Count);
        foreach (var probe in (StreamProbe<EventEnvelope>[])[near, far])
        {
            var delivered = await DeliveredThroughAsync(probe, committed[^1]);
            await probe.ExpectNoNextAsync();
            Assert.Equal(committed, delivered.Select(OrderingOf));
            Assert.Equal(written.Order(), delivered.Select(e => (e.PersistenceId, e.SequenceNr)).Order());
        }
    }

    /// <summary>What the probe delivers up to and including <paramref name="ordering"/>: a skipped event shows in the comparison, not as a timeout.</summary>
    private static async Task<List<EventEnvelope>> DeliveredThroughAsync(StreamProbe<EventEnvelope> probe, long ordering)
    {
        var delivered = new List<EventEnvelope>();
        while (delivered.Count == 0 || OrderingOf(delivered[^1]) < ordering)
        {
            delivered.Add(await probe.ExpectNextAsync(TimeSpan.FromSeconds(30)));
        }

        return delivered;
    }

    private static Task WriteOwnAsync(IJournal journal, string persistenceId, ConcurrentQueue<(string, long)> written) => Task.Run(async () =>
    {
        for (var i = 1; i <= EventsPerWriter; i++)
        {
            await WriteAsync(journal, persistenceId, i, $"{persistenceId}-{i}");
            written.Enqueue((persistenceId, i));
        }
    });

    private static Task ContestAsync(IJournal journal, ConcurrentQueue<(string, long)> written) => Task.Run(async () =>
    {
        for (var i = 1; i <= ContestedEvents; i++)
        {
            var result = await WriteResultAsync(journal, "contested", i, $"contested-{i}");
            if (result is WriteResult.Written)
            {
                written.Enqueue(("contested", i));
            }
            else
            {
                Assert.IsType<WriteResult.Failure>(result);
            }
        }
    });
}

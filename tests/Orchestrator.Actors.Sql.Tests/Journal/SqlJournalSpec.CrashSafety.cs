using Orchestrator.Actors.Sql.CrashWriter;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>Crash safety: a process persisting events is SIGKILLed mid-stream; nothing acknowledged is lost, nothing is torn.</summary>
public abstract partial class SqlJournalSpec
{
    private const int AcknowledgementsBeforeKill = 300;

    [DatabaseFact]
    public async Task Every_acknowledged_event_survives_a_SIGKILL_of_the_writer_and_none_is_torn()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        using var writer = CrashWriterProcess.Start(Db.Kind, Db.JournalSection());
        await writer.ReadAcknowledgementsAsync(AcknowledgementsBeforeKill, deadline.Token);
        await writer.KillAsync(deadline.Token);

        Serialization.Serialization.Get(Sys).Register<CrashEvent>(CrashEvent.Manifest);
        var journal = NewJournal();
        var rows = 0L;
        foreach (var persistenceId in await StoredPersistenceIdsAsync())
        {
            // Replay deserialises every payload: a torn row fails here, a misplaced or corrupted one fails the checksum.
            var events = await ReplayAsync(journal, persistenceId);
            for (var i = 0; i < events.Count; i++)
            {
                Assert.Equal(i + 1, events[i].SequenceNr);
                Assert.True(((CrashEvent)events[i].Payload).IsIntactAt(persistenceId, i + 1), $"Event {i + 1} of {persistenceId} is not intact.");
            }

            Assert.True(events.Count >= writer.Acknowledged.GetValueOrDefault(persistenceId), $"{persistenceId}: {writer.Acknowledged[persistenceId]} acknowledged, {events.Count} stored.");
            Assert.Equal(events.Count, await HighestAsync(journal, persistenceId));
            rows += events.Count;
        }

        Assert.Subset(new HashSet<string>(await StoredPersistenceIdsAsync(), StringComparer.Ordinal), writer.Acknowledged.Keys.ToHashSet(StringComparer.Ordinal));
        Assert.Equal(rows, await Db.ScalarAsync($"SELECT COUNT(*) FROM {Db.JournalTable}"));
        Output.WriteLine($"{Db.Kind}: SIGKILL after {AcknowledgementsBeforeKill} acknowledgements; {writer.Acknowledgements} read in all (the rest were in the pipe), acknowledging {writer.Acknowledged.Values.Sum()} events of {writer.Acknowledged.Count} entities; {rows} events stored, all intact.");
    }

    private async Task<List<string>> StoredPersistenceIdsAsync()
    {
        await using var connection = await Db.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT persistence_id FROM {Db.JournalTable}";
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}

using Orchestrator.Actors;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.CrashWriter;
using Orchestrator.Actors.Sql.Journal;
using Orchestrator.Actors.Sql.Postgres;
using Orchestrator.Actors.Sql.Sqlite;

// Usage: Orchestrator.Actors.Sql.CrashWriter <sqlite|postgresql> <journal section (HOCON)>
// Persists CrashEvents for 8 entities at once, as fast as the journal takes them, and prints
// "ack <persistence id> <highest sequence number>" after each acknowledged write, until it is killed.
if (args.Length != 2 || args[0] is not ("sqlite" or "postgresql"))
{
    await Console.Error.WriteLineAsync("usage: Orchestrator.Actors.Sql.CrashWriter <sqlite|postgresql> <journal section (HOCON)>");
    return 2;
}

const int Writers = 8;
const int BodyLength = 2000;
var system = (ExtendedActorSystem)ActorSystem.Create("crash-writer", "orch.loglevel = WARNING");
Orchestrator.Actors.Serialization.Serialization.Get(system).Register<CrashEvent>(CrashEvent.Manifest);
var section = ConfigurationFactory.ParseString(args[1], "<crash writer arguments>");
SqlJournal journal = args[0] == "sqlite" ? new SqliteJournal(section, system) : new PostgresJournal(section, system);
await journal.InitializeAsync();
Console.Out.WriteLine("ready");

var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
{
    var persistenceId = $"crash-{writer}";
    for (long sequenceNr = 1; ; )
    {
        // Writes of one, two or three events: a torn atomic write would show as a hole or a half.
        var count = (int)(sequenceNr % 3) + 1;
        var events = Enumerable.Range(0, count)
            .Select(i => new PersistentRepresentation(CrashEvent.Create(persistenceId, sequenceNr + i, BodyLength), persistenceId, sequenceNr + i, $"crash-writer-{writer}", PersistentRepresentation.NoTags))
            .ToList();
        var result = (await journal.WriteMessagesAsync([new AtomicWrite(events)], CancellationToken.None))[0];
        if (result is not WriteResult.Written)
        {
            await Console.Error.WriteLineAsync($"{persistenceId} {sequenceNr}: {result}");
            return;
        }

        sequenceNr += count;

        // Console.Out flushes every line; the test reads the acknowledgement only after the write is durable.
        Console.Out.WriteLine($"ack {persistenceId} {sequenceNr - 1}");
    }
}));

await Task.WhenAll(writers);
return 1;

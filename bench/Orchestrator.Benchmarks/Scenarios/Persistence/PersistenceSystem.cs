using Orchestrator.Actors;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Sql;
using Orchestrator.Actors.Sql.Journal;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>
/// Actor systems whose persistent actors use a backend's journal and snapshot store on one database, as a
/// seed configures them: the plugins' reference settings (group commit, parallelism), only the database
/// and durability set here, and <see cref="Counted"/> registered for serialization.
/// </summary>
internal static class PersistenceSystem
{
    /// <summary>A new system on the database that <paramref name="databaseSettings"/> (from <see cref="JournalBackend.CreateDatabaseAsync"/>) names.</summary>
    public static ActorSystem Create(string name, JournalBackend backend, string databaseSettings)
    {
        // Logging at warnings, as BenchmarkSystem does. A whole replay is one journal call guarded by the
        // circuit breaker's call-timeout; under a loaded machine the long replays must not trip it.
        var hocon = $$"""
            orch.loglevel = Warning
            orch.persistence {
              journal.plugin = "{{backend.JournalPluginId}}"
              snapshot-store.plugin = "{{backend.SnapshotPluginId}}"
              journal-plugin-fallback.circuit-breaker.call-timeout = 300s
            }
            {{backend.JournalPluginId}} {
            {{databaseSettings}}
            }
            {{backend.SnapshotPluginId}} {
            {{databaseSettings}}
            }
            """;
        var system = ActorSystem.Create(name, ConfigurationFactory.ParseString(hocon).WithFallback(SqlPersistence.DefaultConfig));
        Actors.Serialization.Serialization.Get(system).Register<Counted>(Counted.Manifest);
        return system;
    }

    /// <summary>The system's journal plugin instance, its table migrated.</summary>
    public static async Task<SqlJournal> JournalAsync(ActorSystem system, JournalBackend backend, CancellationToken cancellationToken)
    {
        var journal = (SqlJournal)Actors.Persistence.Persistence.Get(system).JournalPluginFor(backend.JournalPluginId);
        await journal.InitializeAsync(cancellationToken);
        return journal;
    }
}

using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Sql.Journal;

namespace Orchestrator.Actors.Sql.Postgres;

/// <summary>
/// The journal on PostgreSQL (section <c>orch.persistence.journal.postgresql</c>), for several seeds sharing
/// one database: group commit with several writer loops, orderings committed in order under an advisory lock.
/// </summary>
public sealed class PostgresJournal : SqlJournal
{
    /// <summary>The plugin constructor the persistence runtime calls; <paramref name="pluginConfig"/> is read over the section's defaults.</summary>
    public PostgresJournal(Config pluginConfig, ExtendedActorSystem system)
        : base(
            SqlPersistence.WithDefaults(pluginConfig, SqlPersistence.PostgresJournalPath),
            nameof(PostgresJournal),
            config => PostgresDialect.Create(config, nameof(PostgresJournal), system.LoggerFactory),
            system)
    {
    }
}

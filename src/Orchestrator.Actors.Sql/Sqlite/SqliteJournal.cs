using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Sql.Journal;

namespace Orchestrator.Actors.Sql.Sqlite;

/// <summary>
/// The journal on SQLite, the embedded default (section <c>orch.persistence.journal.sqlite</c>): one file,
/// WAL, <c>synchronous = full</c> unless configured otherwise, one writer loop with group commit.
/// </summary>
public sealed class SqliteJournal : SqlJournal
{
    /// <summary>The plugin constructor the persistence runtime calls; <paramref name="pluginConfig"/> is read over the section's defaults.</summary>
    public SqliteJournal(Config pluginConfig, ExtendedActorSystem system)
        : base(SqlPersistence.WithDefaults(pluginConfig, SqlPersistence.SqliteJournalPath), nameof(SqliteJournal), CreateDialect, system)
    {
    }

    private static SqliteDialect CreateDialect(Config config) => new(SqliteConnectionSettings.Create(config, nameof(SqliteJournal)));
}

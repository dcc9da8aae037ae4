using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Query;
using Orchestrator.Actors.Sql.Journal;

namespace Orchestrator.Actors.Sql.Query;

/// <summary>
/// The read journal of the SQL journals (<c>orch.persistence.query.sqlite</c>,
/// <c>orch.persistence.query.postgresql</c>): every query of <see cref="ReadJournalBase"/> on the table of the
/// journal plugin named by <c>write-plugin</c>, through that plugin's database. Commits of any SQL journal
/// on the same table in this process (<see cref="JournalCommits"/>) reach live queries at once; commits of
/// other processes at the next <c>refresh-interval</c>, from one cheap <c>MAX(ordering)</c> poll shared by
/// all live queries of the plugin. The offset of every envelope is its <c>ordering</c>.
/// </summary>
public sealed class SqlReadJournal : ReadJournalBase
{
    /// <summary>The id (config path) of the SQLite read journal.</summary>
    public const string SqliteIdentifier = "orch.persistence.query.sqlite";

    /// <summary>The id (config path) of the PostgreSQL read journal.</summary>
    public const string PostgresIdentifier = "orch.persistence.query.postgresql";

    /// <summary>The plugin constructor <see cref="PersistenceQuery"/> calls.</summary>
    public SqlReadJournal(Config config, ExtendedActorSystem system)
        : this(ReadJournalSettings.Create(config, nameof(SqlReadJournal)), system)
    {
    }

    private SqlReadJournal(ReadJournalSettings settings, ExtendedActorSystem system)
        : this(settings, JournalOf(settings, system), system)
    {
    }

    private SqlReadJournal(ReadJournalSettings settings, SqlJournal journal, ExtendedActorSystem system)
        : base(new SqlReadJournalStore(journal), settings, system)
    {
        FollowCommits(onCommitted => JournalCommits.Subscribe(journal.JournalKey, onCommitted));
    }

    private static SqlJournal JournalOf(ReadJournalSettings settings, ExtendedActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var journal = global::Orchestrator.Actors.Persistence.Persistence.Get(system).JournalPluginFor(settings.WritePlugin);
        return journal as SqlJournal ?? throw new ConfigurationException(
            $"{nameof(SqlReadJournal)}.write-plugin: the journal '{settings.WritePlugin}' is a {journal.GetType().Name}, not a SQL journal.");
    }
}

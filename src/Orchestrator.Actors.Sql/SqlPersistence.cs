using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Sql;

/// <summary>
/// The configuration of the SQL plugins: the paths of their sections and their defaults, the embedded
/// <c>Orchestrator.Actors.Sql.reference.conf</c>. A plugin reads its section over these defaults, so a
/// section that sets only <c>connection-string</c> is complete.
/// </summary>
public static class SqlPersistence
{
    /// <summary>The logical name of the embedded reference configuration.</summary>
    public const string ReferenceResourceName = "Orchestrator.Actors.Sql.reference.conf";

    /// <summary>The section of the SQLite journal.</summary>
    public const string SqliteJournalPath = "orch.persistence.journal.sqlite";

    /// <summary>The section of the PostgreSQL journal.</summary>
    public const string PostgresJournalPath = "orch.persistence.journal.postgresql";

    /// <summary>The section of the SQLite snapshot store.</summary>
    public const string SqliteSnapshotStorePath = "orch.persistence.snapshot-store.sqlite";

    /// <summary>The section of the PostgreSQL snapshot store.</summary>
    public const string PostgresSnapshotStorePath = "orch.persistence.snapshot-store.postgresql";

    private static readonly Lazy<Config> _reference = new(() => ConfigurationFactory.FromResource(typeof(SqlPersistence).Assembly, ReferenceResourceName));

    /// <summary>The defaults of every SQL plugin (the embedded reference.conf).</summary>
    public static Config DefaultConfig => _reference.Value;

    /// <summary><paramref name="pluginConfig"/> over the defaults of the section at <paramref name="path"/>.</summary>
    public static Config WithDefaults(Config pluginConfig, string path)
    {
        ArgumentNullException.ThrowIfNull(pluginConfig);
        return pluginConfig.WithFallback(DefaultConfig.GetConfig(path));
    }
}

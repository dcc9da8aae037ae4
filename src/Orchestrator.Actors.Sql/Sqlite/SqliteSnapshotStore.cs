using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Sql.Snapshot;

namespace Orchestrator.Actors.Sql.Sqlite;

/// <summary>The snapshot store on SQLite (section <c>orch.persistence.snapshot-store.sqlite</c>; by default in the journal's file).</summary>
public sealed class SqliteSnapshotStore : SqlSnapshotStore
{
    /// <summary>The plugin constructor the persistence runtime calls; <paramref name="pluginConfig"/> is read over the section's defaults.</summary>
    public SqliteSnapshotStore(Config pluginConfig, ExtendedActorSystem system)
        : base(SqlPersistence.WithDefaults(pluginConfig, SqlPersistence.SqliteSnapshotStorePath), nameof(SqliteSnapshotStore), CreateDialect, system)
    {
    }

    private static SqliteDialect CreateDialect(Config config) => new(SqliteConnectionSettings.Create(config, nameof(SqliteSnapshotStore)));
}

using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Sql.Snapshot;

namespace Orchestrator.Actors.Sql.Postgres;

/// <summary>The snapshot store on PostgreSQL (section <c>orch.persistence.snapshot-store.postgresql</c>; by default the journal's database).</summary>
public sealed class PostgresSnapshotStore : SqlSnapshotStore
{
    /// <summary>The plugin constructor the persistence runtime calls; <paramref name="pluginConfig"/> is read over the section's defaults.</summary>
    public PostgresSnapshotStore(Config pluginConfig, ExtendedActorSystem system)
        : base(
            SqlPersistence.WithDefaults(pluginConfig, SqlPersistence.PostgresSnapshotStorePath),
            nameof(PostgresSnapshotStore),
            config => PostgresDialect.Create(config, nameof(PostgresSnapshotStore), system.LoggerFactory),
            system)
    {
    }
}

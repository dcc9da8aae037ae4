using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Sql.Snapshot;

/// <summary>The settings of a SQL snapshot store that do not depend on the database, read from its section once.</summary>
/// <param name="Table">The snapshot table.</param>
/// <param name="SchemaVersionTable">The table that records applied migrations.</param>
/// <param name="AutoInitialize">Apply the migrations at start.</param>
/// <param name="LoadBatchSize">Group reads: the most snapshot loads one load loop answers together.</param>
/// <param name="LoadParallelism">Load loops, each with its own connection while it has work.</param>
public sealed record SqlSnapshotStoreSettings(string Table, string SchemaVersionTable, bool AutoInitialize, int LoadBatchSize, int LoadParallelism)
{
    /// <summary>Reads a snapshot-store section (already over its defaults).</summary>
    /// <exception cref="ConfigurationException">A setting is missing or invalid.</exception>
    public static SqlSnapshotStoreSettings Create(Config config, string plugin)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new SqlSnapshotStoreSettings(
            SqlSettingsReader.Table(config, "table", plugin),
            SqlSettingsReader.Table(config, "schema-version-table", plugin),
            config.GetBoolean("auto-initialize"),
            SqlSettingsReader.AtLeast(config, "load-batch-size", 1, plugin),
            SqlSettingsReader.AtLeast(config, "load-parallelism", 1, plugin));
    }
}

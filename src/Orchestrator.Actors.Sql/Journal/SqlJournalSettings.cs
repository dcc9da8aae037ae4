using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>The settings of a SQL journal that do not depend on the database, read from its section once.</summary>
/// <param name="Table">The journal table.</param>
/// <param name="SchemaVersionTable">The table that records applied migrations.</param>
/// <param name="AutoInitialize">Apply the migrations at start.</param>
/// <param name="BatchSize">Group commit: the most pending writes (AtomicWrites) one transaction takes.</param>
/// <param name="Parallelism">Writer loops, each with its own connection.</param>
/// <param name="ReplayBatchSize">Group reads: the most recoveries one replay loop answers together.</param>
/// <param name="ReplayParallelism">Replay loops, each with its own connection while it has work.</param>
public sealed record SqlJournalSettings(string Table, string SchemaVersionTable, bool AutoInitialize, int BatchSize, int Parallelism, int ReplayBatchSize, int ReplayParallelism)
{
    /// <summary>Reads a journal section (already over its defaults).</summary>
    /// <exception cref="ConfigurationException">A setting is missing or invalid.</exception>
    public static SqlJournalSettings Create(Config config, string plugin)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new SqlJournalSettings(
            SqlSettingsReader.Table(config, "table", plugin),
            SqlSettingsReader.Table(config, "schema-version-table", plugin),
            config.GetBoolean("auto-initialize"),
            SqlSettingsReader.AtLeast(config, "batch-size", 1, plugin),
            SqlSettingsReader.AtLeast(config, "parallelism", 1, plugin),
            SqlSettingsReader.AtLeast(config, "replay-batch-size", 1, plugin),
            SqlSettingsReader.AtLeast(config, "replay-parallelism", 1, plugin));
    }
}

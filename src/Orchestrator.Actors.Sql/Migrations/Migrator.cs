using System.Data.Common;
using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Sql.Dialects;

namespace Orchestrator.Actors.Sql.Migrations;

/// <summary>
/// Brings one table up to the newest schema: in one transaction, under the database-wide migration lock
/// (so processes that start together apply each script once), creates the schema-version table if needed,
/// applies the scripts the table has not had yet and records them. A table at a version newer than this
/// build knows is an error rather than something to guess about.
/// </summary>
internal sealed partial class Migrator
{
    private readonly ISqlDialect _dialect;
    private readonly string _component;
    private readonly string _table;
    private readonly string _schemaVersionTable;
    private readonly ILogger _log;

    /// <param name="dialect">The database.</param>
    /// <param name="component">Whose scripts: <c>journal</c> or <c>snapshot</c>.</param>
    /// <param name="table">The configured table; its history in the schema-version table is kept under this name.</param>
    /// <param name="schemaVersionTable">The table that records applied scripts.</param>
    /// <param name="log">Where applied scripts are logged.</param>
    public Migrator(ISqlDialect dialect, string component, string table, string schemaVersionTable, ILogger log)
    {
        _dialect = dialect;
        _component = component;
        _table = table;
        _schemaVersionTable = schemaVersionTable;
        _log = log;
    }

    /// <summary>Applies the missing scripts; returns how many.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var scripts = MigrationScript.Load(_dialect.Name, _component);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await _dialect.BeginExclusiveTransactionAsync(connection, LockKeys.Migrations, cancellationToken);
        await ExecuteAsync(connection, transaction, $"""
            CREATE TABLE IF NOT EXISTS {_schemaVersionTable} (
                table_name VARCHAR(64) NOT NULL,
                version INTEGER NOT NULL,
                description VARCHAR(200) NOT NULL,
                applied_at BIGINT NOT NULL,
                PRIMARY KEY (table_name, version))
            """, cancellationToken);
        var applied = await AppliedVersionsAsync(connection, transaction, cancellationToken);
        var newest = scripts[^1].Version;
        if (applied.Count > 0 && applied.Max() > newest)
        {
            throw new InvalidOperationException(
                $"Table {_table} is at schema version {applied.Max()} ({_schemaVersionTable}), newer than the newest {_dialect.Name} {_component} migration this build knows ({newest}): run a newer Orchestrator against this database.");
        }

        var count = 0;
        foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
        {
            await ExecuteAsync(connection, transaction, script.For(_table), cancellationToken);
            await RecordAsync(connection, transaction, script, cancellationToken);
            Log.Applied(_log, _table, script.Version, script.Description, _dialect.DatabaseIdentity);
            count++;
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<HashSet<int>> AppliedVersionsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT version FROM {_schemaVersionTable} WHERE table_name = $1";
        _dialect.AddParameter(command, 1, _table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return versions;
    }

    private async Task RecordAsync(DbConnection connection, DbTransaction transaction, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {_schemaVersionTable} (table_name, version, description, applied_at) VALUES ($1, $2, $3, $4)";
        _dialect.AddParameter(command, 1, _table);
        _dialect.AddParameter(command, 2, script.Version);
        _dialect.AddParameter(command, 3, script.Description);
        _dialect.AddParameter(command, 4, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Table {Table}: applied migration V{Version:000} {Description} ({Database})")]
        public static partial void Applied(ILogger logger, string table, int version, string description, string database);
    }
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Orchestrator.Actors.Sql.Dialects;

namespace Orchestrator.Actors.Sql.Sqlite;

/// <summary>
/// SQLite through Microsoft.Data.Sqlite: WAL (readers never block the writer), the configured
/// <c>synchronous</c> and busy timeout on every connection, pooled connections. Writers serialise with
/// <c>BEGIN IMMEDIATE</c>, SQLite's database-wide write lock.
/// </summary>
internal sealed class SqliteDialect : ISqlDialect
{
    // SQLITE_CONSTRAINT and its extended codes SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
    private const int ConstraintError = 19;
    private const int UniqueConstraint = 2067;
    private const int PrimaryKeyConstraint = 1555;

    private readonly SqliteConnectionSettings _settings;
    private readonly string _pragmas;
    private volatile bool _prepared;

    public SqliteDialect(SqliteConnectionSettings settings)
    {
        _settings = settings;
        _pragmas = $"PRAGMA synchronous = {settings.Synchronous.ToString().ToUpperInvariant()}; PRAGMA busy_timeout = {(long)settings.BusyTimeout.TotalMilliseconds};";
    }

    public string Name => "Sqlite";

    public string DatabaseIdentity => "sqlite:" + _settings.DatabasePath;

    // In process there is no round trip to save, and Microsoft.Data.Sqlite binds parameters by name at a
    // cost that grows with the square of their number: one prepared single-row statement, run per row, is fastest.
    public int MaxRowsPerInsert => 1;

    public bool CombinesReads => false;

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var first = !_prepared;
        if (first && Path.GetDirectoryName(_settings.DatabasePath) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(_settings.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // WAL is a property of the file: set once, it stays.
            command.CommandText = first ? "PRAGMA journal_mode = WAL; " + _pragmas : _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _prepared = true;
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask<DbTransaction> BeginExclusiveTransactionAsync(DbConnection connection, long lockKey, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: ConstraintError, SqliteExtendedErrorCode: UniqueConstraint or PrimaryKeyConstraint };

    // A local file has no connections to lose.
    public void ClearPool()
    {
    }

    public void AddParameter(DbCommand command, int position, object value) =>
        command.Parameters.Add(new SqliteParameter("$" + position.ToString(System.Globalization.CultureInfo.InvariantCulture), value));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Sql.Dialects;

namespace Orchestrator.Actors.Sql.Postgres;

/// <summary>
/// PostgreSQL through an <see cref="NpgsqlDataSource"/> (pooled connections, Npgsql's log in the actor
/// system's). Writers serialise on a transaction-level advisory lock, so that the journal's orderings are
/// committed in the order they are assigned.
/// </summary>
internal sealed class PostgresDialect : ISqlDialect
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresDialect(NpgsqlDataSource dataSource, string identity)
    {
        _dataSource = dataSource;
        DatabaseIdentity = identity;
    }

    public string Name => "Postgres";

    public string DatabaseIdentity { get; }

    // 7 parameters a row stay well below PostgreSQL's limit of 65535 parameters a statement.
    public int MaxRowsPerInsert => 1000;

    // Every statement is a round trip: many entities' reads share one.
    public bool CombinesReads => true;

    /// <summary>Reads <c>connection-string</c> (required) and builds the data source.</summary>
    /// <exception cref="ConfigurationException">The connection string is missing or invalid.</exception>
    public static PostgresDialect Create(Config config, string plugin, ILoggerFactory loggerFactory)
    {
        var connectionString = config.GetString("connection-string", string.Empty);
        if (connectionString.Length == 0)
        {
            throw new ConfigurationException($"{plugin}: connection-string is required (Host=...;Port=...;Database=...;Username=...;Password=...).");
        }

        NpgsqlDataSourceBuilder builder;
        try
        {
            builder = new NpgsqlDataSourceBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"{plugin}: connection-string is not a valid Npgsql connection string: {e.Message}", e);
        }

        builder.UseLoggerFactory(loggerFactory);
        var settings = builder.ConnectionStringBuilder;
        var identity = $"postgresql://{settings.Host}:{settings.Port}/{settings.Database ?? settings.Username}";
        return new PostgresDialect(builder.Build(), identity);
    }

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public async ValueTask<DbTransaction> BeginExclusiveTransactionAsync(DbConnection connection, long lockKey, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        var transaction = await npgsql.BeginTransactionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", npgsql, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = lockKey });
            await command.ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public bool IsUniqueViolation(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public void ClearPool() => _dataSource.Clear();

    public void AddParameter(DbCommand command, int position, object value) =>
        command.Parameters.Add(new NpgsqlParameter { Value = value });

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}

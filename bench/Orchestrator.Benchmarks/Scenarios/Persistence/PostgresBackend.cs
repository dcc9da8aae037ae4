using Npgsql;
using Orchestrator.Actors.Sql;
using Orchestrator.Actors.Sql.Tests.Infrastructure;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>
/// Databases on a PostgreSQL server: the one <c>ORCH_POSTGRES_CONNECTION</c> names, else a throwaway
/// PostgreSQL 15 started for the run (as the SQL plugin's tests do), with fsync and synchronous_commit on.
/// </summary>
internal sealed partial class PostgresBackend : JournalBackend
{
    private readonly string _adminConnectionString;
    private readonly string? _serverDirectory;
    private readonly List<string> _databases = [];

    private PostgresBackend(string adminConnectionString, string? serverDirectory)
    {
        _adminConnectionString = adminConnectionString;
        _serverDirectory = serverDirectory;
    }

    public override string Name => "postgresql";

    public override string JournalPluginId => SqlPersistence.PostgresJournalPath;

    public override string SnapshotPluginId => SqlPersistence.PostgresSnapshotStorePath;

    public override string Durability => _serverDirectory is null
        ? $"PostgreSQL from {PostgresEnvironment.ConnectionVariable}, its own durability settings, a new database per measurement"
        : "PostgreSQL 15 started for the run on loopback TCP: fsync = on, synchronous_commit = on, a new database per measurement";

    /// <summary>The server, or null (with the reason written to <paramref name="progress"/>) when there is none.</summary>
    public static async Task<PostgresBackend?> TryStartAsync(TextWriter progress, CancellationToken cancellationToken)
    {
        if (PostgresEnvironment.ExternalConnection is { } external)
        {
            return new PostgresBackend(external, null);
        }

        if (PostgresEnvironment.BinDirectory is not { } bin)
        {
            await progress.WriteLineAsync($"{PostgresEnvironment.Unavailable} Reporting SQLite only.");
            return null;
        }

        var directory = Directory.CreateTempSubdirectory("orch-bench-pg-").FullName;
        try
        {
            return new PostgresBackend(await StartServerAsync(bin, directory, cancellationToken), directory);
        }
        catch (InvalidOperationException e)
        {
            Directory.Delete(directory, recursive: true);
            await progress.WriteLineAsync($"PostgreSQL could not be started, reporting SQLite only: {e.Message}");
            return null;
        }
    }

    public override async Task<string> CreateDatabaseAsync(string label, CancellationToken cancellationToken)
    {
        var name = "orch_bench_" + new string(label.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray()) + "_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        _databases.Add(name);
        var connectionString = new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 100 }.ConnectionString;
        return $"connection-string = \"{connectionString}\"";
    }

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_serverDirectory is not null)
        {
            try
            {
                await StopServerAsync(_serverDirectory);
            }
            finally
            {
                Directory.Delete(_serverDirectory, recursive: true);
            }

            return;
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        foreach (var name in _databases)
        {
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

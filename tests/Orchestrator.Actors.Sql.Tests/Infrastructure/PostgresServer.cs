using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Orchestrator.Actors.Sql.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server for one test collection. With <c>ORCH_POSTGRES_CONNECTION</c> it is that server;
/// otherwise a throwaway PostgreSQL 15 in a temporary directory, on a free loopback port, started with
/// initdb and pg_ctl (as the <c>postgres</c> user when the tests run as root, since PostgreSQL refuses to
/// run as root), stopped and deleted when the collection ends. Each test class gets a database of its own.
/// </summary>
public sealed partial class PostgresServer : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _databases = new(StringComparer.Ordinal);
    private string? _directory;
    private string? _adminConnectionString;

    /// <summary>A superuser (or CREATEDB) connection to the server's <c>postgres</c> database.</summary>
    public string AdminConnectionString => _adminConnectionString ?? throw new InvalidOperationException("The server is not started.");

    public async Task InitializeAsync()
    {
        if (PostgresEnvironment.ExternalConnection is { } external)
        {
            _adminConnectionString = external;
            return;
        }

        var bin = PostgresEnvironment.BinDirectory ?? throw new InvalidOperationException(
            $"{PostgresEnvironment.RequireVariable}=1 but {PostgresEnvironment.Unavailable}");
        _directory = Directory.CreateTempSubdirectory("orch-pg-").FullName;
        try
        {
            _adminConnectionString = await StartAsync(bin, _directory);
        }
        catch
        {
            Directory.Delete(_directory, recursive: true);
            _directory = null;
            throw;
        }
    }

    /// <summary>
    /// A connection string to a database of <paramref name="owner"/>'s own (made on first request, then
    /// shared by every test of that class): tests in different classes never see each other's tables.
    /// </summary>
    public Task<string> DatabaseForAsync(string owner) =>
        _databases.GetOrAdd(owner, name => new Lazy<Task<string>>(() => CreateDatabaseAsync(name))).Value;

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_directory is null)
        {
            await DropDatabasesAsync();
            return;
        }

        try
        {
            var bin = PostgresEnvironment.BinDirectory!;
            await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "fast", "-w", "-t", "60", "stop"]);
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    /// <summary>initdb, then pg_ctl start on a free port (another one if the port was taken meanwhile); returns the admin connection string.</summary>
    private static async Task<string> StartAsync(string bin, string directory)
    {
        var data = Path.Combine(directory, "data");
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["postgres:postgres", directory], asPostgres: false);
        }

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            var options = $"-k {directory} -p {port} -c listen_addresses=127.0.0.1 -c fsync=on -c max_connections=200";
            try
            {
                await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", options, "start"]);
                return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Another process took the port between our probe and the server's bind: try another.
            }
        }
    }

    private async Task<string> CreateDatabaseAsync(string owner)
    {
        var name = "orch_" + new string(owner.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(40).ToArray()) + "_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>On a server we did not start, removes the databases we made.</summary>
    private async Task DropDatabasesAsync()
    {
        if (_adminConnectionString is null)
        {
            return;
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        foreach (var database in _databases.Values.Where(d => d.IsValueCreated && d.Value.IsCompletedSuccessfully))
        {
            var name = new NpgsqlConnectionStringBuilder(await database.Value).Database;
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

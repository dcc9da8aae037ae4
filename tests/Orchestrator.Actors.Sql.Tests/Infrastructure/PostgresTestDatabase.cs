using System.Data.Common;
using Npgsql;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Sql.Journal;
using Orchestrator.Actors.Sql.Postgres;
using Orchestrator.Actors.Sql.Snapshot;

namespace Orchestrator.Actors.Sql.Tests.Infrastructure;

/// <summary>Tables of the test's own (unique names) in its class's database on the collection's server.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..12];

    private PostgresTestDatabase(string connectionString)
    {
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public override string JournalTable => "journal_" + _suffix;

    public override string SnapshotTable => "snapshots_" + _suffix;

    /// <summary>Tables in <paramref name="owner"/>'s database on <paramref name="server"/>.</summary>
    public static async Task<PostgresTestDatabase> CreateAsync(PostgresServer server, string owner)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new PostgresTestDatabase(await server.DatabaseForAsync(owner));
    }

    public override string Kind => "postgresql";

    public override string JournalSection(string overrides = "") => Section(overrides, JournalTable);

    public override Config SnapshotStoreConfig(string overrides = "") => ConfigurationFactory.ParseString(Section(overrides, SnapshotTable), "<test database>");

    public override SqlJournal CreateJournal(Config config, ExtendedActorSystem system) => new PostgresJournal(config, system);

    public override SqlSnapshotStore CreateSnapshotStore(Config config, ExtendedActorSystem system) => new PostgresSnapshotStore(config, system);

    public override async Task<DbConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public override async Task<IAsyncDisposable> HoldWriteLockAsync(SqlJournal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var connection = await OpenAsync();
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({journal.WriteLockKey})", (NpgsqlConnection)connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new HeldLock(connection, async held =>
        {
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({journal.WriteLockKey})", (NpgsqlConnection)held);
            await command.ExecuteNonQueryAsync();
        });
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string Section(string overrides, string table) =>
        $"connection-string = \"{ConnectionString}\"\ntable = \"{table}\"\n{overrides}";
}

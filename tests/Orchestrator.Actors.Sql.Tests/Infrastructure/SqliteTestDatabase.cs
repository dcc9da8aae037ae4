using System.Data.Common;
using Microsoft.Data.Sqlite;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Sql.Journal;
using Orchestrator.Actors.Sql.Snapshot;
using Orchestrator.Actors.Sql.Sqlite;

namespace Orchestrator.Actors.Sql.Tests.Infrastructure;

/// <summary>A SQLite database file in a temporary directory of the test's own, with the default table names.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orch-sqlite-").FullName;

    public string DatabasePath => Path.Combine(_directory, "orchestrator.db");

    public override string JournalTable => "journal";

    public override string SnapshotTable => "snapshots";

    public override string Kind => "sqlite";

    public override string JournalSection(string overrides = "") => Section(overrides);

    public override Config SnapshotStoreConfig(string overrides = "") => ConfigurationFactory.ParseString(Section(overrides), "<test database>");

    public override SqlJournal CreateJournal(Config config, ExtendedActorSystem system) => new SqliteJournal(config, system);

    public override SqlSnapshotStore CreateSnapshotStore(Config config, ExtendedActorSystem system) => new SqliteSnapshotStore(config, system);

    public override async Task<DbConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false, DefaultTimeout = 30 }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public override async Task<IAsyncDisposable> HoldWriteLockAsync(SqlJournal journal)
    {
        var connection = await OpenAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "BEGIN IMMEDIATE";
            await command.ExecuteNonQueryAsync();
        }

        return new HeldLock(connection, async held =>
        {
            await using var command = held.CreateCommand();
            command.CommandText = "ROLLBACK";
            await command.ExecuteNonQueryAsync();
        });
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
        return ValueTask.CompletedTask;
    }

    /// <summary>Both plugins share the file; the section is the same.</summary>
    private string Section(string overrides) => $"data-source = \"{DatabasePath}\"\n{overrides}";
}

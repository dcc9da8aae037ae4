using System.Data.Common;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Persistence.Journal;
using Orchestrator.Actors.Sql.Sqlite;
using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Journal;

/// <summary>The journal spec on SQLite, and what is SQLite's own: the file, WAL and durability settings.</summary>
public sealed class SqliteJournalTests(ITestOutputHelper output) : SqlJournalSpec(output)
{
    [Fact]
    public async Task The_database_uses_wal_and_full_synchronous_by_default()
    {
        var journal = NewJournal();

        await using var connection = await journal.Dialect.OpenAsync(CancellationToken.None);

        Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
        Assert.Equal("2", await PragmaAsync(connection, "synchronous"));
    }

    [Fact]
    public async Task Synchronous_normal_can_be_chosen()
    {
        var journal = NewJournal("synchronous = normal");

        await using var connection = await journal.Dialect.OpenAsync(CancellationToken.None);

        Assert.Equal("1", await PragmaAsync(connection, "synchronous"));
    }

    [Fact]
    public async Task The_directory_of_the_data_source_is_created()
    {
        var path = Path.Combine(((SqliteTestDatabase)Db).DatabasePath + ".d", "nested", "events.db");
        var journal = NewJournal($"data-source = \"{path}\"");

        Assert.IsType<WriteResult.Written>(await WriteOneAsync(journal, Write("order-1", 1, "a")));

        Assert.True(File.Exists(path));
        Assert.Equal("sqlite:" + path, journal.JournalKey.Split('#')[0]);
    }

    [Fact]
    public void The_defaults_come_from_the_reference_configuration()
    {
        var journal = SqlPersistence.DefaultConfig.GetConfig(SqlPersistence.SqliteJournalPath);
        var snapshots = SqlPersistence.DefaultConfig.GetConfig(SqlPersistence.SqliteSnapshotStorePath);

        Assert.Equal("./.data/orchestrator.db", journal.GetString("data-source"));
        Assert.Equal("full", journal.GetString("synchronous"));
        Assert.Equal(100, journal.GetInt("batch-size"));
        Assert.Equal(1, journal.GetInt("parallelism"));
        Assert.Equal(typeof(SqliteJournal), Type.GetType(journal.GetString("class"), throwOnError: true));
        Assert.Equal(typeof(SqliteSnapshotStore), Type.GetType(snapshots.GetString("class"), throwOnError: true));
        Assert.Equal(journal.GetString("data-source"), snapshots.GetString("data-source"));
    }

    [Theory]
    [InlineData("batch-size = 0", "batch-size")]
    [InlineData("parallelism = 0", "parallelism")]
    [InlineData("table = \"journal; DROP TABLE x\"", "table")]
    [InlineData("synchronous = sometimes", "synchronous")]
    [InlineData("data-source = \":memory:\"", "data-source")]
    public void Invalid_settings_are_reported_by_name(string setting, string key)
    {
        var config = ConfigurationFactory.ParseString(setting);

        var error = Assert.Throws<ConfigurationException>(() => new SqliteJournal(config, ExtendedSystem));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SqliteJournal), error.Message, StringComparison.Ordinal);
    }

    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    private static async Task<string?> PragmaAsync(DbConnection connection, string pragma)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

using System.Data.Common;
using Orchestrator.Actors.Configuration;
using Orchestrator.Actors.Sql.Journal;
using Orchestrator.Actors.Sql.Snapshot;

namespace Orchestrator.Actors.Sql.Tests.Infrastructure;

/// <summary>
/// The database one test runs against, with tables no other test uses: how to configure and make the
/// plugins on it, and raw access for assertions that must not go through the plugin under test.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The journal table the plugins are configured with.</summary>
    public abstract string JournalTable { get; }

    /// <summary>The snapshot table the plugins are configured with.</summary>
    public abstract string SnapshotTable { get; }

    /// <summary>The database as the crash writer names it: <c>sqlite</c> or <c>postgresql</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>The journal plugin's section as HOCON text; <paramref name="overrides"/> (HOCON) win over it.</summary>
    public abstract string JournalSection(string overrides = "");

    /// <summary>The journal plugin's section; <paramref name="overrides"/> (HOCON) win over it.</summary>
    public Config JournalConfig(string overrides = "") => ConfigurationFactory.ParseString(JournalSection(overrides), "<test database>");

    /// <summary>The snapshot-store plugin's section; <paramref name="overrides"/> (HOCON) win over it.</summary>
    public abstract Config SnapshotStoreConfig(string overrides = "");

    /// <summary>A journal plugin, made as the persistence runtime makes it.</summary>
    public abstract SqlJournal CreateJournal(Config config, ExtendedActorSystem system);

    /// <summary>A snapshot-store plugin, made as the persistence runtime makes it.</summary>
    public abstract SqlSnapshotStore CreateSnapshotStore(Config config, ExtendedActorSystem system);

    /// <summary>A connection of the test's own, outside the plugins.</summary>
    public abstract Task<DbConnection> OpenAsync();

    /// <summary>Takes the lock the journal's writers need (SQLite's write lock, the table's advisory lock) until disposed.</summary>
    public abstract Task<IAsyncDisposable> HoldWriteLockAsync(SqlJournal journal);

    public abstract ValueTask DisposeAsync();

    /// <summary>The first column of the first row of <paramref name="sql"/>, as a long (0 for NULL).</summary>
    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The first column of every row of <paramref name="sql"/>, as longs.</summary>
    public async Task<List<long>> LongsAsync(DbConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<long>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }

    /// <summary>The lock holder: a connection and what undoes the lock before closing it.</summary>
    protected sealed class HeldLock(DbConnection connection, Func<DbConnection, Task> release) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await release(connection);
            await connection.DisposeAsync();
        }
    }
}

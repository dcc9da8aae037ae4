using Orchestrator.Actors.Persistence.Snapshot;
using Orchestrator.Actors.Serialization;
using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Snapshot;

/// <summary>
/// The snapshot-store conformance suite on a SQL database, plus what is SQL's own (migrations, one row per
/// snapshot, serialisation), run against each database by a concrete class
/// (<see cref="SqliteSnapshotStoreTests"/>, <see cref="PostgresSnapshotStoreTests"/>).
/// </summary>
public abstract class SqlSnapshotStoreSpec(ITestOutputHelper output) : SnapshotStoreSpec(output)
{
    private TestDatabase? _database;

    private TestDatabase Db => _database ?? throw new InvalidOperationException("The database is made in InitializeAsync.");

    public override async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [DatabaseFact]
    public async Task The_table_is_migrated_once_and_a_replaced_snapshot_keeps_one_row()
    {
        await SaveAsync("order-1", 5, T0, "first");
        await SaveAsync("order-1", 5, T0.AddMinutes(1), "second");

        Assert.Equal(1, await Db.ScalarAsync($"SELECT COUNT(*) FROM {Db.SnapshotTable}"));
        Assert.Equal(1, await Db.ScalarAsync($"SELECT COUNT(*) FROM schema_version WHERE table_name = '{Db.SnapshotTable}'"));
    }

    [DatabaseFact]
    public async Task A_snapshot_of_an_unregistered_type_is_refused()
    {
        var error = await Assert.ThrowsAsync<SerializationException>(
            () => Store.SaveAsync(new SnapshotMetadata("order-1", 5, T0), new UnregisteredEvent("state"), CancellationToken.None));

        Assert.Contains(nameof(UnregisteredEvent), error.Message, StringComparison.Ordinal);
        Assert.Null(await LoadTextAsync(SnapshotSelectionCriteria.Latest));
    }

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected override Task<ISnapshotStore> CreateStoreAsync() => Task.FromResult<ISnapshotStore>(Db.CreateSnapshotStore(Db.SnapshotStoreConfig(), ExtendedSystem));
}

using Orchestrator.Actors.Persistence.Snapshot;
using Orchestrator.Actors.Serialization;
using Orchestrator.Actors.Sql.Snapshot;
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

    [DatabaseFact]
    public async Task Loads_answered_together_each_get_the_newest_snapshot_within_their_criteria()
    {
        await SaveAsync("order-1", 5, T0, "order-1@5");
        await SaveAsync("order-1", 9, T0.AddMinutes(1), "order-1@9");
        await SaveAsync("order-2", 3, T0, "order-2@3");
        var store = (SqlSnapshotStore)Store;
        var loads = new[]
        {
            new SnapshotLoad("order-1", SnapshotSelectionCriteria.Latest),
            new SnapshotLoad("order-1", new SnapshotSelectionCriteria(8, DateTimeOffset.MaxValue)),
            new SnapshotLoad("order-2", SnapshotSelectionCriteria.Latest),
            new SnapshotLoad("nobody", SnapshotSelectionCriteria.Latest),
            new SnapshotLoad("order-1", new SnapshotSelectionCriteria(long.MaxValue, T0.AddSeconds(30))),
        };

        await using (var connection = await Db.OpenAsync())
        {
            await using var reader = new SnapshotLoadReader(store, connection);
            await reader.ReadAsync(loads);
        }

        foreach (var load in loads)
        {
            load.Publish();
        }

        var selected = await Task.WhenAll(loads.Select(l => l.Task.WaitAsync(TimeSpan.FromSeconds(30))));
        Assert.Equal(["order-1@9", "order-1@5", "order-2@3", null, "order-1@5"], selected.Select(s => (s?.Snapshot as TestEvent)?.Text));
        Assert.Equal([9L, 5, 3], selected.Take(3).Select(s => s!.Metadata.SequenceNr));
        Assert.Equal("order-2", selected[2]!.Metadata.PersistenceId);
    }

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected override Task<ISnapshotStore> CreateStoreAsync() => Task.FromResult<ISnapshotStore>(Db.CreateSnapshotStore(Db.SnapshotStoreConfig(), ExtendedSystem));
}

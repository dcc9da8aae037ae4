using Orchestrator.Actors.Persistence.Snapshot;
using Orchestrator.Actors.Serialization;
using Orchestrator.Actors.Sql.Snapshot;
using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Snapshot;

/// <summary>
/// What every SQL snapshot store does, run against each database by a concrete class
/// (<see cref="SqliteSnapshotStoreTests"/>, <see cref="PostgresSnapshotStoreTests"/>).
/// </summary>
public abstract class SqlSnapshotStoreSpec : TestKit.TestKit, IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private SqlSnapshotStore? _store;
    private TestDatabase? _database;

    protected SqlSnapshotStoreSpec(ITestOutputHelper output)
        : base(output)
    {
        Serialization.Serialization.Get(Sys).Register<TestEvent>("test-event");
    }

    private TestDatabase Db => _database!;

    private SqlSnapshotStore Store => _store!;

    public async Task InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _store = Db.CreateSnapshotStore(Db.SnapshotStoreConfig(), (ExtendedActorSystem)Sys);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [DatabaseFact]
    public async Task The_newest_snapshot_is_loaded_with_its_metadata()
    {
        await SaveAsync("order-1", 5, T0, "five");
        await SaveAsync("order-1", 10, T0.AddMinutes(1), "ten");
        await SaveAsync("order-2", 20, T0, "other");

        var loaded = await Store.LoadAsync("order-1", SnapshotSelectionCriteria.Latest, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(new SnapshotMetadata("order-1", 10, T0.AddMinutes(1)), loaded.Metadata);
        Assert.Equal(new TestEvent("ten"), loaded.Snapshot);
        Assert.Null(await Store.LoadAsync("order-3", SnapshotSelectionCriteria.Latest, CancellationToken.None));
        Assert.Equal(1, await Db.ScalarAsync($"SELECT COUNT(*) FROM schema_version WHERE table_name = '{Db.SnapshotTable}'"));
    }

    [DatabaseFact]
    public async Task Loading_honours_the_criteria()
    {
        await SaveAsync("order-1", 5, T0, "five");
        await SaveAsync("order-1", 10, T0.AddMinutes(1), "ten");
        await SaveAsync("order-1", 15, T0.AddMinutes(2), "fifteen");

        Assert.Equal("ten", await LoadTextAsync(new SnapshotSelectionCriteria(12, DateTimeOffset.MaxValue)));
        Assert.Equal("five", await LoadTextAsync(new SnapshotSelectionCriteria(long.MaxValue, T0.AddSeconds(30))));
        Assert.Equal("ten", await LoadTextAsync(new SnapshotSelectionCriteria(long.MaxValue, T0.AddMinutes(1))));
        Assert.Equal("fifteen", await LoadTextAsync(new SnapshotSelectionCriteria(long.MaxValue, DateTimeOffset.MaxValue, MinSequenceNr: 11)));
        Assert.Null(await LoadTextAsync(new SnapshotSelectionCriteria(long.MaxValue, DateTimeOffset.MaxValue, MinTimestamp: T0.AddMinutes(3))));
        Assert.Null(await LoadTextAsync(new SnapshotSelectionCriteria(4, DateTimeOffset.MaxValue)));
        Assert.Null(await LoadTextAsync(SnapshotSelectionCriteria.None));
    }

    [DatabaseFact]
    public async Task Saving_at_the_same_sequence_number_replaces_the_snapshot()
    {
        await SaveAsync("order-1", 5, T0, "first");

        await SaveAsync("order-1", 5, T0.AddMinutes(1), "second");

        var loaded = await Store.LoadAsync("order-1", SnapshotSelectionCriteria.Latest, CancellationToken.None);
        Assert.Equal(new SelectedSnapshot(new SnapshotMetadata("order-1", 5, T0.AddMinutes(1)), new TestEvent("second")), loaded);
        Assert.Equal(1, await Db.ScalarAsync($"SELECT COUNT(*) FROM {Db.SnapshotTable}"));
    }

    [DatabaseFact]
    public async Task One_snapshot_can_be_deleted()
    {
        await SaveAsync("order-1", 5, T0, "five");
        await SaveAsync("order-1", 10, T0, "ten");

        await Store.DeleteAsync(new SnapshotMetadata("order-1", 10, T0), CancellationToken.None);

        Assert.Equal("five", await LoadTextAsync(SnapshotSelectionCriteria.Latest));
    }

    [DatabaseFact]
    public async Task The_snapshots_that_match_criteria_can_be_deleted()
    {
        await SaveAsync("order-1", 5, T0, "five");
        await SaveAsync("order-1", 10, T0.AddMinutes(1), "ten");
        await SaveAsync("order-1", 15, T0.AddMinutes(2), "fifteen");
        await SaveAsync("order-2", 5, T0, "other");

        await Store.DeleteAsync("order-1", new SnapshotSelectionCriteria(10, DateTimeOffset.MaxValue), CancellationToken.None);

        Assert.Null(await LoadTextAsync(new SnapshotSelectionCriteria(14, DateTimeOffset.MaxValue)));
        Assert.Equal("fifteen", await LoadTextAsync(SnapshotSelectionCriteria.Latest));
        Assert.NotNull(await Store.LoadAsync("order-2", SnapshotSelectionCriteria.Latest, CancellationToken.None));
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

    private Task SaveAsync(string persistenceId, long sequenceNr, DateTimeOffset timestamp, string text) =>
        Store.SaveAsync(new SnapshotMetadata(persistenceId, sequenceNr, timestamp), new TestEvent(text), CancellationToken.None);

    private async Task<string?> LoadTextAsync(SnapshotSelectionCriteria criteria) =>
        (await Store.LoadAsync("order-1", criteria, CancellationToken.None))?.Snapshot is TestEvent loaded ? loaded.Text : null;
}

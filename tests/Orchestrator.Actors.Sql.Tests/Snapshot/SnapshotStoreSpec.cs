using Orchestrator.Actors.Persistence.Snapshot;
using Orchestrator.Actors.Sql.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Sql.Tests.Snapshot;

/// <summary>
/// The snapshot-store conformance suite (Akka.NET's SnapshotStoreSpec): what every <see cref="ISnapshotStore"/>
/// plugin does, run against each plugin by a concrete class (<see cref="MemorySnapshotStoreTests"/>,
/// <see cref="SqliteSnapshotStoreTests"/>, <see cref="PostgresSnapshotStoreTests"/>). Each test gets a fresh, empty store.
/// </summary>
public abstract class SnapshotStoreSpec : TestKit.TestKit, IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private ISnapshotStore? _store;

    protected SnapshotStoreSpec(ITestOutputHelper output)
        : base(output)
    {
        Serialization.Serialization.Get(Sys).Register<TestEvent>("test-event");
    }

    /// <summary>The plugin under test.</summary>
    protected ISnapshotStore Store => _store ?? throw new InvalidOperationException("The store is made in InitializeAsync.");

    protected ExtendedActorSystem ExtendedSystem => (ExtendedActorSystem)Sys;

    public virtual async Task InitializeAsync() => _store = await CreateStoreAsync();

    public virtual async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
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
    }

    [DatabaseFact]
    public async Task Loading_selects_the_newest_snapshot_within_the_criteria()
    {
        await SaveAsync("order-1", 5, T0, "five");
        await SaveAsync("order-1", 10, T0.AddMinutes(1), "ten");
        await SaveAsync("order-1", 15, T0.AddMinutes(2), "fifteen");

        Assert.Equal("ten", await LoadTextAsync(new SnapshotSelectionCriteria(12, DateTimeOffset.MaxValue)));
        Assert.Equal("ten", await LoadTextAsync(new SnapshotSelectionCriteria(10, DateTimeOffset.MaxValue)));
        Assert.Equal("five", await LoadTextAsync(new SnapshotSelectionCriteria(long.MaxValue, T0.AddSeconds(30))));
        Assert.Equal("ten", await LoadTextAsync(new SnapshotSelectionCriteria(long.MaxValue, T0.AddMinutes(1))));
        Assert.Equal("fifteen", await LoadTextAsync(new SnapshotSelectionCriteria(long.MaxValue, DateTimeOffset.MaxValue, MinSequenceNr: 11)));
        Assert.Equal("ten", await LoadTextAsync(new SnapshotSelectionCriteria(14, DateTimeOffset.MaxValue, MinSequenceNr: 6)));
        Assert.Equal("fifteen", await LoadTextAsync(new SnapshotSelectionCriteria(long.MaxValue, DateTimeOffset.MaxValue, MinTimestamp: T0.AddMinutes(2))));
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
        Assert.Null(await LoadTextAsync(new SnapshotSelectionCriteria(long.MaxValue, T0)));
    }

    [DatabaseFact]
    public async Task One_snapshot_can_be_deleted()
    {
        await SaveAsync("order-1", 5, T0, "five");
        await SaveAsync("order-1", 10, T0, "ten");
        await SaveAsync("order-2", 10, T0, "other");

        await Store.DeleteAsync(new SnapshotMetadata("order-1", 10, T0), CancellationToken.None);

        Assert.Equal("five", await LoadTextAsync(SnapshotSelectionCriteria.Latest));
        Assert.NotNull(await Store.LoadAsync("order-2", SnapshotSelectionCriteria.Latest, CancellationToken.None));
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
    public async Task Deleting_by_timestamp_keeps_the_newer_snapshots()
    {
        await SaveAsync("order-1", 5, T0, "five");
        await SaveAsync("order-1", 10, T0.AddMinutes(1), "ten");

        await Store.DeleteAsync("order-1", new SnapshotSelectionCriteria(long.MaxValue, T0.AddSeconds(30)), CancellationToken.None);

        Assert.Equal("ten", await LoadTextAsync(SnapshotSelectionCriteria.Latest));
        Assert.Null(await LoadTextAsync(new SnapshotSelectionCriteria(9, DateTimeOffset.MaxValue)));
    }

    /// <summary>A new, empty store of the plugin under test.</summary>
    protected abstract Task<ISnapshotStore> CreateStoreAsync();

    protected Task SaveAsync(string persistenceId, long sequenceNr, DateTimeOffset timestamp, string text) =>
        Store.SaveAsync(new SnapshotMetadata(persistenceId, sequenceNr, timestamp), new TestEvent(text), CancellationToken.None);

    protected async Task<string?> LoadTextAsync(SnapshotSelectionCriteria criteria) =>
        (await Store.LoadAsync("order-1", criteria, CancellationToken.None))?.Snapshot is TestEvent loaded ? loaded.Text : null;
}

using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Persistence.Snapshot;

/// <summary>
/// A snapshot store in memory, one per actor system (<c>orch.persistence.snapshot-store.inmem</c>): for tests.
/// Snapshots are kept as objects; one per (persistence id, sequence number), the last save winning. Thread-safe.
/// </summary>
public sealed class MemorySnapshotStore : ISnapshotStore
{
    private readonly object _gate = new();
    private readonly Dictionary<string, List<SelectedSnapshot>> _snapshots = new(StringComparer.Ordinal);

    /// <summary>The plugin's constructor; <paramref name="config"/> has no settings of its own.</summary>
    public MemorySnapshotStore(Config config, ExtendedActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(system);
    }

    /// <inheritdoc/>
    public Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        lock (_gate)
        {
            var newest = Of(persistenceId)
                .Where(snapshot => criteria.Matches(snapshot.Metadata))
                .OrderByDescending(snapshot => snapshot.Metadata.SequenceNr)
                .ThenByDescending(snapshot => snapshot.Metadata.Timestamp)
                .FirstOrDefault();
            return Task.FromResult(newest);
        }
    }

    /// <inheritdoc/>
    public Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_gate)
        {
            if (!_snapshots.TryGetValue(metadata.PersistenceId, out var list))
            {
                list = [];
                _snapshots.Add(metadata.PersistenceId, list);
            }

            list.RemoveAll(existing => existing.Metadata.SequenceNr == metadata.SequenceNr);
            list.Add(new SelectedSnapshot(metadata, snapshot));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        lock (_gate)
        {
            _snapshots.GetValueOrDefault(metadata.PersistenceId)?.RemoveAll(existing => existing.Metadata.SequenceNr == metadata.SequenceNr);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        lock (_gate)
        {
            _snapshots.GetValueOrDefault(persistenceId)?.RemoveAll(existing => criteria.Matches(existing.Metadata));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private IEnumerable<SelectedSnapshot> Of(string persistenceId) =>
        _snapshots.TryGetValue(persistenceId, out var list) ? list : [];
}

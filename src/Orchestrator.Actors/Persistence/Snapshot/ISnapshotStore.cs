namespace Orchestrator.Actors.Persistence.Snapshot;

/// <summary>
/// A snapshot-store plugin. A plugin has a public constructor
/// <c>(Config pluginConfig, ExtendedActorSystem system)</c> and is named by the
/// <c>class</c> key of its configuration section.
/// </summary>
public interface ISnapshotStore : IAsyncDisposable
{
    /// <summary>The newest snapshot of the entity that matches <paramref name="criteria"/>, or null.</summary>
    Task<SelectedSnapshot?> LoadAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken);

    /// <summary>Stores a snapshot durably; a snapshot with the same persistence id and sequence number is replaced.</summary>
    Task SaveAsync(SnapshotMetadata metadata, object snapshot, CancellationToken cancellationToken);

    /// <summary>Deletes one snapshot (by persistence id and sequence number).</summary>
    Task DeleteAsync(SnapshotMetadata metadata, CancellationToken cancellationToken);

    /// <summary>Deletes every snapshot of the entity that matches <paramref name="criteria"/>.</summary>
    Task DeleteAsync(string persistenceId, SnapshotSelectionCriteria criteria, CancellationToken cancellationToken);
}

using Orchestrator.Actors.Persistence.Snapshot;
using Orchestrator.Actors.Sql.Reads;

namespace Orchestrator.Actors.Sql.Snapshot;

/// <summary>A recovery's snapshot load, queued for the load loops: the newest snapshot of the entity within the criteria, or null.</summary>
internal sealed class SnapshotLoad(string persistenceId, SnapshotSelectionCriteria criteria) : BatchedRead<SelectedSnapshot?>
{
    public string PersistenceId { get; } = persistenceId;

    public SnapshotSelectionCriteria Criteria { get; } = criteria;
}

using Orchestrator.Actors.Persistence.Snapshot;

namespace Orchestrator.Actors.Persistence;

/// <summary>The snapshot recovery starts from, offered to the recover handlers before the events stored after it.</summary>
/// <param name="Metadata">Whose snapshot it is and at which sequence number.</param>
/// <param name="Snapshot">The state that was saved with <see cref="Eventsourced.SaveSnapshot"/>.</param>
public sealed record SnapshotOffer(SnapshotMetadata Metadata, object Snapshot);

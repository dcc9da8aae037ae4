namespace Orchestrator.Actors.Persistence.Query;

/// <summary>One event as a query delivers it, with where it is in the journal.</summary>
/// <param name="Offset">Its position in the journal (a <see cref="Sequence"/> holding its ordering); pass it back to resume after it.</param>
/// <param name="PersistenceId">The entity that persisted it.</param>
/// <param name="SequenceNr">Its position in the entity's history, from 1.</param>
/// <param name="Event">The event, deserialised through the serialization registry.</param>
/// <param name="Timestamp">When it was written, in Unix milliseconds.</param>
/// <param name="Tags">The tags it was persisted with; empty when none.</param>
public sealed record EventEnvelope(Offset Offset, string PersistenceId, long SequenceNr, object Event, long Timestamp, IReadOnlySet<string> Tags);

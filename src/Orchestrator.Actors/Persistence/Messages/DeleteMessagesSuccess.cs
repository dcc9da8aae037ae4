namespace Orchestrator.Actors.Persistence;

/// <summary>
/// The reply to <see cref="Eventsourced.DeleteMessages"/>: the events up to <paramref name="ToSequenceNr"/> are
/// deleted (no longer replayed); <see cref="Eventsourced.LastSequenceNr"/> is unchanged.
/// </summary>
public sealed record DeleteMessagesSuccess(long ToSequenceNr);

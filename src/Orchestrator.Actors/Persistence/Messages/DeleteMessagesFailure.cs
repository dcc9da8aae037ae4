namespace Orchestrator.Actors.Persistence;

/// <summary>The reply to <see cref="Eventsourced.DeleteMessages"/>: the delete failed. Logged as a warning when unhandled.</summary>
public sealed record DeleteMessagesFailure(Exception Cause, long ToSequenceNr);

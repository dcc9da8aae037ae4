namespace Orchestrator.Actors.Persistence.Query;

/// <summary>
/// One read of an <see cref="IReadJournalStore"/>: the events in cursor order and, when an event could not be
/// read (its payload does not deserialise), why. The events before the unreadable one are delivered, then
/// the query fails with <paramref name="Failure"/>, as a stream fails at the element it cannot produce.
/// </summary>
/// <param name="Events">The events read, in cursor order.</param>
/// <param name="Failure">Why the event after the last one could not be read, or null.</param>
public sealed record EventPage(IReadOnlyList<EventEnvelope> Events, Exception? Failure = null);

namespace Orchestrator.Actors.Persistence.Query;

/// <summary>
/// A read journal: the query side of a journal plugin, obtained with
/// <see cref="PersistenceQuery.ReadJournalFor{T}"/>. What it can answer is given by the query interfaces
/// it implements (<see cref="IAllEventsQuery"/>, <see cref="IEventsByTagQuery"/>...). Every query comes in a
/// "current" form, which completes with the journal's content at the time of the call, and a live form,
/// which goes on delivering new events until its enumeration is cancelled.
/// </summary>
public interface IReadJournal;

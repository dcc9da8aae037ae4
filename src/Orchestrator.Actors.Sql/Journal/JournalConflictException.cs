namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// A write hit the journal's unique key (persistence_id, sequence_nr): another incarnation of the entity
/// stored these sequence numbers first. Nothing was written; the stored events are unchanged. The write's
/// result is a <see cref="Persistence.Journal.WriteResult.Failure"/> with this cause, which stops the writer.
/// </summary>
public sealed class JournalConflictException : Exception
{
    public JournalConflictException()
        : this("The write hit the journal's unique key (persistence_id, sequence_nr).")
    {
    }

    public JournalConflictException(string message)
        : base(message)
    {
    }

    public JournalConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A conflict of <paramref name="persistenceId"/> over sequence numbers <paramref name="from"/> to <paramref name="to"/>.</summary>
    public JournalConflictException(string persistenceId, long from, long to, Exception innerException)
        : base($"'{persistenceId}': sequence number{(from == to ? $" {from} is" : $"s {from}..{to} are")} already stored, by another incarnation of the entity that wrote first; nothing was overwritten.", innerException)
    {
        PersistenceId = persistenceId;
    }

    /// <summary>The entity whose write collided, when known.</summary>
    public string? PersistenceId { get; }
}

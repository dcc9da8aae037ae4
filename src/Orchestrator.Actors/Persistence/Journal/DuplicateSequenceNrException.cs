namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>
/// The cause of a <see cref="WriteResult.Failed"/> write whose (persistence id, sequence number) is already
/// stored: another incarnation of the entity wrote first. Nothing of the write was stored.
/// </summary>
public sealed class DuplicateSequenceNrException : Exception
{
    public DuplicateSequenceNrException()
        : this("An event with this persistence id and sequence number is already stored.")
    {
    }

    public DuplicateSequenceNrException(string message)
        : base(message)
    {
    }

    public DuplicateSequenceNrException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The event <paramref name="sequenceNr"/> of <paramref name="persistenceId"/> is already stored.</summary>
    public DuplicateSequenceNrException(string persistenceId, long sequenceNr)
        : base($"The journal already holds event {sequenceNr} of persistence id [{persistenceId}]: another incarnation wrote it first; nothing was overwritten.")
    {
        PersistenceId = persistenceId;
        SequenceNr = sequenceNr;
    }

    /// <summary>The entity whose event collided, when known.</summary>
    public string? PersistenceId { get; }

    /// <summary>The sequence number that collided, when known.</summary>
    public long SequenceNr { get; }
}

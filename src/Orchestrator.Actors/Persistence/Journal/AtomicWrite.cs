namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>
/// Events of one entity that are stored all together or not at all: one Persist, or one
/// PersistAll. Sequence numbers are consecutive.
/// </summary>
public sealed record AtomicWrite(IReadOnlyList<PersistentRepresentation> Events)
{
    /// <summary>The entity all events belong to.</summary>
    public string PersistenceId => Events[0].PersistenceId;

    /// <summary>The first sequence number of the write.</summary>
    public long LowestSequenceNr => Events[0].SequenceNr;

    /// <summary>The last sequence number of the write.</summary>
    public long HighestSequenceNr => Events[^1].SequenceNr;
}

namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>
/// A journal plugin: where persistent actors' events are stored, in order, durably. The
/// runtime calls it concurrently from many actors, but never concurrently for one
/// persistence id. A plugin has a public constructor <c>(Config pluginConfig, ExtendedActorSystem system)</c>
/// and is named by the <c>class</c> key of its configuration section.
/// </summary>
public interface IJournal : IAsyncDisposable
{
    /// <summary>
    /// Stores the writes, each all-or-nothing, and returns one result per write in order.
    /// The task completes only when the successful writes are durable. A task that fails
    /// (the database is unreachable) fails every write in it.
    /// </summary>
    Task<IReadOnlyList<WriteResult>> WriteMessagesAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken);

    /// <summary>
    /// Calls <paramref name="recoveryCallback"/> for each stored, not deleted event of the entity with
    /// <paramref name="fromSequenceNr"/> ≤ sequence number ≤ <paramref name="toSequenceNr"/>, in order, at most <paramref name="max"/> of them.
    /// </summary>
    Task ReplayMessagesAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max, Action<PersistentRepresentation> recoveryCallback, CancellationToken cancellationToken);

    /// <summary>The highest sequence number ever stored for the entity (deleted events included), or 0.</summary>
    Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken);

    /// <summary>Marks the entity's events up to <paramref name="toSequenceNr"/> as deleted; the highest sequence number is kept.</summary>
    Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken);
}

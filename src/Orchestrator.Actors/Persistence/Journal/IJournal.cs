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

    /// <summary>
    /// What recovery asks: replays as <see cref="ReplayMessagesAsync"/> (up to the highest sequence number)
    /// and returns the highest sequence number as <see cref="ReadHighestSequenceNrAsync"/>. The default makes
    /// those two calls; a plugin may answer with one query, and batch the recoveries of many entities.
    /// </summary>
    async Task<long> ReplayAndReadHighestAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max, Action<PersistentRepresentation> recoveryCallback, CancellationToken cancellationToken)
    {
        var highest = await ReadHighestSequenceNrAsync(persistenceId, Math.Max(0, fromSequenceNr - 1), cancellationToken).ConfigureAwait(false);
        var to = Math.Min(toSequenceNr, highest);
        if (to > 0 && fromSequenceNr <= to && max > 0)
        {
            await ReplayMessagesAsync(persistenceId, fromSequenceNr, to, max, recoveryCallback, cancellationToken).ConfigureAwait(false);
        }

        return highest;
    }

    /// <summary>Marks the entity's events up to <paramref name="toSequenceNr"/> as deleted; the highest sequence number is kept.</summary>
    Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken);
}

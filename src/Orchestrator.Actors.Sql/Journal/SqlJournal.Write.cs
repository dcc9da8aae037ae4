using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>Accepting writes: serialise on the caller's thread, queue for group commit.</summary>
public abstract partial class SqlJournal
{
    /// <summary>
    /// Serialises the writes and queues them for the next group commit; the task completes when they are
    /// committed. A write whose events cannot be serialised (unregistered type) or whose tags contain
    /// <c>;</c> is rejected without touching the others. Cancelling stops the wait, not a queued write.
    /// </summary>
    public Task<IReadOnlyList<WriteResult>> WriteMessagesAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<WriteResult>>(cancellationToken);
        }

        if (writes.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<WriteResult>>([]);
        }

        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var rows = new JournalRow[]?[writes.Count];
        var results = new WriteResult?[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            try
            {
                rows[i] = ToRows(writes[i], now);
            }
            catch (Exception e)
            {
                results[i] = WriteResult.Rejected(e);
            }
        }

        var pending = new PendingWrite(rows, results);
        if (pending.WriteCount == 0)
        {
            pending.Complete();
            return pending.Task;
        }

        Interlocked.Increment(ref _queued);
        if (!_queue.Writer.TryWrite(pending))
        {
            Interlocked.Decrement(ref _queued);
            throw new ObjectDisposedException(GetType().Name, "The journal is shutting down.");
        }

        return cancellationToken.CanBeCanceled ? pending.Task.WaitAsync(cancellationToken) : pending.Task;
    }

    private JournalRow[] ToRows(AtomicWrite write, long now)
    {
        if (write.Events.Count == 0)
        {
            throw new ArgumentException("An atomic write has no events.", nameof(write));
        }

        var rows = new JournalRow[write.Events.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var e = write.Events[i];
            var (manifest, bytes) = _serialization.Serialize(e.Payload);
            rows[i] = new JournalRow(e.PersistenceId, e.SequenceNr, manifest, bytes, TagCodec.Encode(e.Tags), e.WriterId, e.Timestamp != 0 ? e.Timestamp : now);
        }

        return rows;
    }
}

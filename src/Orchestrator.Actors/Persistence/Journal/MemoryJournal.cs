using Orchestrator.Actors.Configuration;

namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>
/// A journal in memory, one per actor system (<c>orch.persistence.journal.inmem</c>): for tests. It keeps
/// events as objects (no serialisation) and enforces the unique (persistence id, sequence number) key
/// exactly like the SQL journals: a write that would store an existing number fails
/// (<see cref="DuplicateSequenceNrException"/>) and stores nothing, and the entity's later writes in the
/// same call fail with it. Deleted events stay as tombstones, so their numbers stay taken. Thread-safe.
/// Tests can intercept writes and reads (<see cref="WriteInterceptor"/>, <see cref="ReadInterceptor"/>)
/// to inject rejections, failures and delays.
/// </summary>
public sealed partial class MemoryJournal : IJournal
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, List<Stored>> _entities = new(StringComparer.Ordinal);

    /// <summary>The plugin's constructor; <paramref name="config"/> has no settings of its own.</summary>
    public MemoryJournal(Config config, ExtendedActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(system);
        _time = system.TimeProvider;
    }

    /// <summary>
    /// For tests: awaited before each atomic write is stored. Return null to store it, a
    /// <see cref="WriteResult"/> to answer that instead (nothing is stored), or throw to fail the whole call
    /// (as an unreachable database does); a task that completes later delays the write.
    /// </summary>
    public Func<AtomicWrite, Task<WriteResult?>>? WriteInterceptor { get; set; }

    /// <summary>For tests: awaited with the persistence id before each replay and highest-sequence-number read; throw to fail it.</summary>
    public Func<string, Task>? ReadInterceptor { get; set; }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<WriteResult>> WriteMessagesAsync(IReadOnlyList<AtomicWrite> writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var results = new WriteResult[writes.Count];
        var failed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < writes.Count; i++)
        {
            var write = writes[i];
            cancellationToken.ThrowIfCancellationRequested();
            if (failed.Contains(write.PersistenceId))
            {
                results[i] = WriteResult.Failed(new InvalidOperationException($"Not written: an earlier write of persistence id [{write.PersistenceId}] in the same batch failed."));
                continue;
            }

            results[i] = (WriteInterceptor is { } intercept ? await intercept(write).ConfigureAwait(false) : null) ?? Store(write);
            if (results[i] is WriteResult.Failure)
            {
                failed.Add(write.PersistenceId);
            }
        }

        return results;
    }

    /// <inheritdoc/>
    public async Task ReplayMessagesAsync(string persistenceId, long fromSequenceNr, long toSequenceNr, long max, Action<PersistentRepresentation> recoveryCallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recoveryCallback);
        await Intercept(persistenceId).ConfigureAwait(false);
        foreach (var persistent in Read(persistenceId, fromSequenceNr, toSequenceNr, max))
        {
            cancellationToken.ThrowIfCancellationRequested();
            recoveryCallback(persistent);
        }
    }

    /// <inheritdoc/>
    public async Task<long> ReadHighestSequenceNrAsync(string persistenceId, long fromSequenceNr, CancellationToken cancellationToken)
    {
        await Intercept(persistenceId).ConfigureAwait(false);
        lock (_gate)
        {
            return _entities.TryGetValue(persistenceId, out var events) && events.Count > 0 ? events[^1].Event.SequenceNr : 0;
        }
    }

    /// <inheritdoc/>
    public Task DeleteMessagesToAsync(string persistenceId, long toSequenceNr, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_entities.TryGetValue(persistenceId, out var events))
            {
                foreach (var stored in events.TakeWhile(stored => stored.Event.SequenceNr <= toSequenceNr))
                {
                    stored.Deleted = true;
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The entity's stored events that are not deleted, in order: for tests.</summary>
    public IReadOnlyList<PersistentRepresentation> CurrentEvents(string persistenceId) => Read(persistenceId, 1, long.MaxValue, long.MaxValue);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private WriteResult Store(AtomicWrite write)
    {
        long highestOrdering;
        lock (_gate)
        {
            if (!_entities.TryGetValue(write.PersistenceId, out var events))
            {
                events = [];
                _entities.Add(write.PersistenceId, events);
            }

            foreach (var persistent in write.Events)
            {
                if (Contains(events, persistent.SequenceNr))
                {
                    return WriteResult.Failed(new DuplicateSequenceNrException(persistent.PersistenceId, persistent.SequenceNr));
                }
            }

            foreach (var persistent in write.Events)
            {
                Insert(events, Index(persistent));
            }

            highestOrdering = _all.Count;
        }

        AnnounceCommit(highestOrdering);
        return WriteResult.Success;
    }

    private List<PersistentRepresentation> Read(string persistenceId, long fromSequenceNr, long toSequenceNr, long max)
    {
        lock (_gate)
        {
            return !_entities.TryGetValue(persistenceId, out var events)
                ? []
                : [.. events
                    .Where(stored => !stored.Deleted && stored.Event.SequenceNr >= fromSequenceNr && stored.Event.SequenceNr <= toSequenceNr)
                    .Take((int)Math.Min(max, int.MaxValue))
                    .Select(stored => stored.Event)];
        }
    }

    private Task Intercept(string persistenceId) => ReadInterceptor is { } intercept ? intercept(persistenceId) : Task.CompletedTask;

    private static bool Contains(List<Stored> events, long sequenceNr) => IndexOf(events, sequenceNr) >= 0;

    /// <summary>Keeps the list ordered by sequence number; writers normally append.</summary>
    private static void Insert(List<Stored> events, Stored stored)
    {
        if (events.Count == 0 || events[^1].Event.SequenceNr < stored.Event.SequenceNr)
        {
            events.Add(stored);
            return;
        }

        events.Insert(~IndexOf(events, stored.Event.SequenceNr), stored);
    }

    private static int IndexOf(List<Stored> events, long sequenceNr)
    {
        int low = 0, high = events.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var current = events[middle].Event.SequenceNr;
            if (current == sequenceNr)
            {
                return middle;
            }

            if (current < sequenceNr)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }

    /// <summary>One stored event; a delete leaves it as a tombstone.</summary>
    private sealed class Stored(PersistentRepresentation persistent)
    {
        public PersistentRepresentation Event { get; } = persistent;

        /// <summary>The global position of the event (see MemoryJournal.Queries.cs).</summary>
        public long Ordering { get; init; }

        public bool Deleted { get; set; }
    }
}

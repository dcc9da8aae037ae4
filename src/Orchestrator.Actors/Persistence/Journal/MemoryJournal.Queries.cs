using System.Collections.Immutable;
using Orchestrator.Actors.Persistence.Query;

namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>
/// The query side of the in-memory journal (<see cref="MemoryReadJournal"/>): every stored event gets the
/// next global ordering under the journal's lock, so orderings are gap-free and visible in order, and each
/// write is announced to the live queries once it is stored.
/// </summary>
public sealed partial class MemoryJournal : IReadJournalStore, IJournalCommitNotifier
{
    private readonly List<Stored> _all = [];
    private ImmutableArray<Action<long>> _commitSubscribers = [];

    /// <inheritdoc/>
    public IDisposable SubscribeCommits(Action<long> onCommitted)
    {
        ArgumentNullException.ThrowIfNull(onCommitted);
        ImmutableInterlocked.Update(ref _commitSubscribers, list => list.Add(onCommitted));
        return new CommitSubscription(this, onCommitted);
    }

    /// <inheritdoc/>
    public Task<long> ReadHighestOrderingAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult((long)_all.Count);
        }
    }

    /// <inheritdoc/>
    public Task<EventPage> ReadEventsAsync(EventSelection selection, long afterCursor, long maxOrdering, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        lock (_gate)
        {
            var candidates = selection switch
            {
                EventSelection.ByPersistenceId entity => _entities.TryGetValue(entity.PersistenceId, out var events)
                    ? events.Where(stored => stored.Event.SequenceNr > afterCursor && stored.Event.SequenceNr <= entity.ToSequenceNr && stored.Ordering <= maxOrdering)
                    : [],
                EventSelection.ByTag tagged => Window(afterCursor, maxOrdering).Where(stored => stored.Event.Tags.Contains(tagged.Tag)),
                _ => Window(afterCursor, maxOrdering),
            };
            // Events are kept as objects: there is nothing to deserialise, so nothing can fail.
            return Task.FromResult(new EventPage([.. candidates.Where(stored => !stored.Deleted).Take(limit).Select(ToEnvelope)]));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> ReadPersistenceIdsAsync(long afterOrdering, long maxOrdering, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<string> ids = [.. Window(afterOrdering, maxOrdering).Select(stored => stored.Event.PersistenceId).Distinct(StringComparer.Ordinal)];
            return Task.FromResult(ids);
        }
    }

    /// <summary>Gives a newly stored event the next ordering and its timestamp; call under the lock.</summary>
    private Stored Index(PersistentRepresentation persistent)
    {
        var stored = new Stored(persistent.Timestamp != 0 ? persistent : persistent with { Timestamp = _time.GetUtcNow().ToUnixTimeMilliseconds() })
        {
            Ordering = _all.Count + 1,
        };
        _all.Add(stored);
        return stored;
    }

    /// <summary>Tells the live queries that every ordering up to <paramref name="highestOrdering"/> is stored; call outside the lock.</summary>
    private void AnnounceCommit(long highestOrdering)
    {
        foreach (var subscriber in _commitSubscribers)
        {
            subscriber(highestOrdering);
        }
    }

    /// <summary>The stored events with <paramref name="afterOrdering"/> &lt; ordering ≤ <paramref name="maxOrdering"/>; orderings are 1, 2, 3... so they are list positions.</summary>
    private IEnumerable<Stored> Window(long afterOrdering, long maxOrdering) =>
        _all.Skip((int)Math.Clamp(afterOrdering, 0, _all.Count)).TakeWhile(stored => stored.Ordering <= maxOrdering);

    private static EventEnvelope ToEnvelope(Stored stored) =>
        new(Offset.Sequence(stored.Ordering), stored.Event.PersistenceId, stored.Event.SequenceNr, stored.Event.Payload, stored.Event.Timestamp, stored.Event.Tags);

    private sealed class CommitSubscription(MemoryJournal journal, Action<long> subscriber) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                ImmutableInterlocked.Update(ref journal._commitSubscribers, list => list.Remove(subscriber));
            }
        }
    }
}

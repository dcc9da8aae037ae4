using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Persistence.Query;

/// <summary>
/// A read journal over an <see cref="IReadJournalStore"/>: every query of Akka.Persistence.Query's shape, in
/// its current and live forms, for any journal whose global ordering follows commit order. Queries read
/// "cursor above the last delivered" in order, page by page. Live queries then wait on the journal's head:
/// it rises at once when the journal in this process announces a commit (<see cref="IJournalCommitNotifier"/>)
/// and at every refresh interval from one poll shared by all live queries, for writes of other processes.
/// Holes in the ordering (rolled-back writes) are passed over at once: with commit-ordered orderings a
/// hole below a visible ordering is permanent, so no query ever waits for one or skips a late commit.
/// A read that fails (the database is unreachable, an event cannot be deserialised) fails the query after
/// the events before it: resume from the offset of the last event delivered.
/// </summary>
public abstract partial class ReadJournalBase :
    IPersistenceIdsQuery,
    ICurrentPersistenceIdsQuery,
    IEventsByPersistenceIdQuery,
    ICurrentEventsByPersistenceIdQuery,
    IEventsByTagQuery,
    ICurrentEventsByTagQuery,
    IAllEventsQuery,
    ICurrentAllEventsQuery,
    IAsyncDisposable
{
    private readonly IReadJournalStore _store;
    private readonly JournalHead _head;
    private readonly CancellationTokenSource _stopping = new();
    private IDisposable? _commits;

    /// <summary>Makes a read journal over <paramref name="store"/>, with its settings and the system's time and logging.</summary>
    protected ReadJournalBase(IReadJournalStore store, ReadJournalSettings settings, ActorSystem system)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(system);
        _store = store;
        Settings = settings;
        _head = new JournalHead(store.ReadHighestOrderingAsync, settings.RefreshInterval, system.TimeProvider, system.LoggerFactory.CreateLogger(GetType()));
    }

    /// <summary>The plugin's settings.</summary>
    public ReadJournalSettings Settings { get; }

    /// <inheritdoc/>
    public IAsyncEnumerable<string> PersistenceIds(CancellationToken cancellationToken = default) =>
        ReadPersistenceIds(live: true, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<string> CurrentPersistenceIds(CancellationToken cancellationToken = default) =>
        ReadPersistenceIds(live: false, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<EventEnvelope> EventsByPersistenceId(string persistenceId, long fromSequenceNr, long toSequenceNr, CancellationToken cancellationToken = default) =>
        ReadEntity(persistenceId, fromSequenceNr, toSequenceNr, live: true, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<EventEnvelope> CurrentEventsByPersistenceId(string persistenceId, long fromSequenceNr, long toSequenceNr, CancellationToken cancellationToken = default) =>
        ReadEntity(persistenceId, fromSequenceNr, toSequenceNr, live: false, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<EventEnvelope> EventsByTag(string tag, Offset offset, CancellationToken cancellationToken = default) =>
        ReadEvents(Tagged(tag), After(offset), live: true, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<EventEnvelope> CurrentEventsByTag(string tag, Offset offset, CancellationToken cancellationToken = default) =>
        ReadEvents(Tagged(tag), After(offset), live: false, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<EventEnvelope> AllEvents(Offset offset, CancellationToken cancellationToken = default) =>
        ReadEvents(EventSelection.AllEvents, After(offset), live: true, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<EventEnvelope> CurrentAllEvents(Offset offset, CancellationToken cancellationToken = default) =>
        ReadEvents(EventSelection.AllEvents, After(offset), live: false, cancellationToken);

    /// <summary>
    /// Stops the journal's poll and ends its running queries (they throw <see cref="OperationCanceledException"/>).
    /// <see cref="PersistenceQuery"/> calls it when the actor system terminates.
    /// </summary>
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        _stopping.Cancel();
        Interlocked.Exchange(ref _commits, null)?.Dispose();
        _head.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Pushes the commits announced in this process to the live queries at once: <paramref name="subscribe"/>
    /// registers a callback for them (<see cref="IJournalCommitNotifier.SubscribeCommits"/>, say) and returns the
    /// handle that ends the subscription. Without it, live queries see new events at the next refresh interval.
    /// </summary>
    protected void FollowCommits(Func<Action<long>, IDisposable> subscribe)
    {
        ArgumentNullException.ThrowIfNull(subscribe);
        var subscription = subscribe(_head.Advance);
        if (Interlocked.CompareExchange(ref _commits, subscription, null) is not null)
        {
            subscription.Dispose();
            throw new InvalidOperationException("A read journal follows the commits of one journal.");
        }
    }

    private static EventSelection Tagged(string tag)
    {
        ArgumentException.ThrowIfNullOrEmpty(tag);
        return new EventSelection.ByTag(tag);
    }

    private static long After(Offset offset)
    {
        ArgumentNullException.ThrowIfNull(offset);
        return offset.ExclusiveOrdering;
    }
}

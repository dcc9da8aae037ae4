using Orchestrator.Actors.Persistence.Journal;
using static Orchestrator.Actors.Persistence.Journal.JournalProtocol;

namespace Orchestrator.Actors.Persistence;

/// <summary>Persisting events and deferring handlers behind them.</summary>
public abstract partial class Eventsourced
{
    private readonly LinkedList<PendingInvocation> _pendingInvocations = new();
    private readonly List<Item> _eventBatch = [];
    private List<Item> _journalBatch = [];
    private bool _isWriteInProgress;
    private long _sequenceNr;
    private long _pendingStashingPersistInvocations;

    /// <summary>
    /// Persists <paramref name="event"/> and, once it is durable, calls <paramref name="handler"/> with it (and with
    /// Sender = the sender of the command being handled). No other command is processed between this call and the
    /// handler: they are stashed. A <see cref="Tagged"/> event is stored as its payload with its tags, and the
    /// handler receives the <see cref="Tagged"/> as given. If the write fails, <see cref="OnPersistFailure"/> runs and
    /// the actor stops; if the journal rejects it, <see cref="OnPersistRejected"/> runs and the handler does not.
    /// </summary>
    public void Persist<TEvent>(TEvent @event, Action<TEvent> handler) => Enqueue([@event], handler, stashing: true);

    /// <summary>Persists <paramref name="events"/> atomically (all or none), then calls <paramref name="handler"/> for each, in order; stashes commands as <see cref="Persist{TEvent}"/>.</summary>
    public void PersistAll<TEvent>(IEnumerable<TEvent> events, Action<TEvent> handler) => Enqueue(events, handler, stashing: true);

    /// <summary>
    /// Persists <paramref name="event"/> like <see cref="Persist{TEvent}"/>, but commands keep being processed while the
    /// write is under way; handlers still run in the order their events were persisted.
    /// </summary>
    public void PersistAsync<TEvent>(TEvent @event, Action<TEvent> handler) => Enqueue([@event], handler, stashing: false);

    /// <summary>Persists <paramref name="events"/> atomically without stashing commands, as <see cref="PersistAsync{TEvent}"/>.</summary>
    public void PersistAllAsync<TEvent>(IEnumerable<TEvent> events, Action<TEvent> handler) => Enqueue(events, handler, stashing: false);

    /// <summary>
    /// Calls <paramref name="handler"/> with <paramref name="evt"/> after the handlers of every persist call made before
    /// it, without persisting anything (at once when none is pending). Commands keep being processed meanwhile. If an
    /// earlier persist fails, the actor stops and the handler never runs.
    /// </summary>
    public void DeferAsync<TEvent>(TEvent evt, Action<TEvent> handler) => EnqueueDeferred(evt, handler, stashing: false);

    /// <summary>As <see cref="DeferAsync{TEvent}"/>, but commands are stashed until the handler has run, as with <see cref="Persist{TEvent}"/>.</summary>
    public void Defer<TEvent>(TEvent evt, Action<TEvent> handler) => EnqueueDeferred(evt, handler, stashing: true);

    /// <summary>
    /// Deletes the entity's events up to <paramref name="toSequenceNr"/> (inclusive): they are no longer replayed, and
    /// <see cref="LastSequenceNr"/> stays. The actor then receives <see cref="DeleteMessagesSuccess"/> or <see cref="DeleteMessagesFailure"/>.
    /// </summary>
    public void DeleteMessages(long toSequenceNr) => Journal.Tell(new DeleteMessagesTo(PersistenceId, toSequenceNr, Self), Self);

    private void Enqueue<TEvent>(IEnumerable<TEvent> events, Action<TEvent> handler, bool stashing)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(handler);
        EnsureRecoveryFinished();
        var representations = new List<PersistentRepresentation>();
        foreach (var @event in events)
        {
            var payload = (object?)@event ?? throw new ArgumentException("An event must not be null.", nameof(events));
            representations.Add(Represent(payload));
            _pendingInvocations.AddLast(new PendingInvocation(payload, e => handler((TEvent)e), stashing));
            if (stashing)
            {
                _pendingStashingPersistInvocations++;
            }
        }

        if (representations.Count > 0)
        {
            _eventBatch.Add(new PersistItem(new AtomicWrite(representations), Sender));
        }
    }

    private void EnqueueDeferred<TEvent>(TEvent evt, Action<TEvent> handler, bool stashing)
    {
        ArgumentNullException.ThrowIfNull(handler);
        EnsureRecoveryFinished();
        if (_pendingInvocations.Count == 0)
        {
            handler(evt);
            return;
        }

        var payload = (object?)evt ?? throw new ArgumentNullException(nameof(evt));
        _pendingInvocations.AddLast(new PendingInvocation(payload, e => handler((TEvent)e), stashing));
        if (stashing)
        {
            _pendingStashingPersistInvocations++;
        }

        _eventBatch.Add(new LoopItem(payload, Sender));
    }

    private PersistentRepresentation Represent(object @event) => @event is Tagged tagged
        ? new PersistentRepresentation(tagged.Payload, PersistenceId, ++_sequenceNr, _writerGuid, tagged.Tags)
        : new PersistentRepresentation(@event, PersistenceId, ++_sequenceNr, _writerGuid, PersistentRepresentation.NoTags);

    private void EnsureRecoveryFinished()
    {
        if (IsRecovering)
        {
            throw new InvalidOperationException("Cannot persist during replay. Events can be persisted when receiving RecoveryCompleted or later.");
        }
    }

    /// <summary>Moves what the last command (or handler) persisted to the journal batch, and sends the batch unless a write is under way.</summary>
    private void FlushBatch()
    {
        if (_eventBatch.Count > 0)
        {
            _journalBatch.AddRange(_eventBatch);
            _eventBatch.Clear();
        }

        FlushJournalBatch();
    }

    private void FlushJournalBatch()
    {
        if (!_isWriteInProgress && _journalBatch.Count > 0)
        {
            Journal.Tell(new WriteMessages(PersistenceId, _journalBatch, Self, _instanceId), Self);
            _journalBatch = [];
            _isWriteInProgress = true;
        }
    }

    /// <summary>A handler waiting for its event's write (or for the events before it, when deferred).</summary>
    private sealed record PendingInvocation(object Event, Action<object> Handler, bool Stashing);
}

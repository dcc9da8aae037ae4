using Microsoft.Extensions.Logging;
using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Persistence;

/// <summary>
/// The base of persistent actors, as Akka's <c>Eventsourced</c>: an actor whose state is rebuilt from the
/// events it persisted. On start it waits for a recovery permit, offers the newest snapshot and replays the
/// later events to <see cref="ReceiveRecover"/>, then delivers <see cref="RecoveryCompleted"/>; commands
/// that arrive meanwhile are stashed (in an internal stash, apart from the actor's own
/// <see cref="IWithUnboundedStash"/> stash) and processed afterwards, in order, by <see cref="ReceiveCommand"/>.
/// Commands persist events with <see cref="Persist{TEvent}"/> and its variants; a handler runs once its
/// event is durable. A persist failure stops the actor; a rejection does not. Use
/// <see cref="ReceivePersistentActor"/> or <see cref="UntypedPersistentActor"/> rather than this class.
/// </summary>
public abstract partial class Eventsourced : ActorBase
{
    private static int _instanceCounter;

    private readonly int _instanceId;
    private readonly string _writerGuid;
    private readonly UnboundedStash _internalStash;
    private readonly Persistence _extension;
    private IActorRef? _journal;
    private IActorRef? _snapshotStore;
    private ILogger? _log;
    private State _state = State.WaitingRecoveryPermit;

    protected Eventsourced()
    {
        _extension = Persistence.Get(Context.System);
        _instanceId = Interlocked.Increment(ref _instanceCounter);
        _writerGuid = Guid.NewGuid().ToString();
        // Commands held back while persisting return behind whatever the actor's own UnstashAll just put back,
        // as in Akka, where a user unstash goes in front of the internal stash.
        _internalStash = new UnboundedStash(Cell, behindEarlierUnstashes: true);
    }

    /// <summary>Where the actor is in its life: the recovery steps, then commands (or events being persisted).</summary>
    private enum State
    {
        WaitingRecoveryPermit,
        LoadingSnapshot,
        Replaying,
        ProcessingCommands,
        PersistingEvents,
    }

    /// <summary>The entity whose events this actor persists and replays, e.g. <c>pod/default/web-1</c>; must not change.</summary>
    public abstract string PersistenceId { get; }

    /// <summary>How the actor recovers; read once per start. <see cref="Orchestrator.Actors.Persistence.Recovery.None"/> skips recovery.</summary>
    public virtual Recovery Recovery => Recovery.Default;

    /// <summary>The journal plugin id (a config path); null or empty for <c>orch.persistence.journal.plugin</c>.</summary>
    public virtual string? JournalPluginId { get; protected set; }

    /// <summary>The snapshot-store plugin id (a config path); null or empty for <c>orch.persistence.snapshot-store.plugin</c>.</summary>
    public virtual string? SnapshotPluginId { get; protected set; }

    /// <summary>The journal actor of <see cref="JournalPluginId"/>.</summary>
    public IActorRef Journal => _journal ??= _extension.JournalFor(JournalPluginId);

    /// <summary>The snapshot-store actor of <see cref="SnapshotPluginId"/>.</summary>
    public IActorRef SnapshotStore => _snapshotStore ??= _extension.SnapshotStoreFor(SnapshotPluginId);

    /// <summary>The id snapshots are saved under: <see cref="PersistenceId"/>.</summary>
    public string SnapshotterId => PersistenceId;

    /// <summary>True until recovery is over (while waiting for a permit, loading the snapshot and replaying).</summary>
    public bool IsRecovering => _state < State.ProcessingCommands;

    /// <summary>True once recovery is over; <see cref="RecoveryCompleted"/> already sees it so.</summary>
    public bool IsRecoveryFinished => !IsRecovering;

    /// <summary>
    /// The sequence number of the last event replayed or persisted (in a handler: of its event); after recovery,
    /// the highest number ever stored for the entity, deleted events included; 0 for a new entity.
    /// </summary>
    public long LastSequenceNr { get; private set; }

    /// <summary>The sequence number a snapshot saved now is stored at: <see cref="LastSequenceNr"/>.</summary>
    public long SnapshotSequenceNr => LastSequenceNr;

    private ILogger Logger => _log ??= Context.System.LoggerFactory.CreateLogger(GetType());

    /// <summary>
    /// Receives the <see cref="SnapshotOffer"/>, if any, each replayed event, then <see cref="RecoveryCompleted"/>.
    /// It should only rebuild state: an exception here fails recovery, and the actor stops.
    /// </summary>
    protected abstract bool ReceiveRecover(object message);

    /// <summary>Handles a command: validates it against the state and persists the events it causes.</summary>
    protected abstract bool ReceiveCommand(object message);

    /// <summary>Commands go to <see cref="ReceiveCommand"/> (or to the behaviour set with Become).</summary>
    protected internal sealed override bool Receive(object message) => ReceiveCommand(message);
}

using Orchestrator.Actors.Persistence;
using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary>
/// A persistent list of strings: each command persists events in one of the ways the API offers, and the actor
/// reports what happens (recovery, handlers, failures) to <c>reportTo</c>. Handlers reply to the command's sender.
/// </summary>
public sealed partial class ListActor : ReceivePersistentActor
{
    private readonly List<string> _state = [];
    private readonly List<string> _replayed = [];
    private readonly IActorRef _reportTo;
    private readonly Recovery _recovery;
    private long? _offeredAt;

    private ListActor(string persistenceId, IActorRef reportTo, Recovery? recovery, string? journalPluginId)
    {
        PersistenceId = persistenceId;
        JournalPluginId = journalPluginId;
        _reportTo = reportTo;
        _recovery = recovery ?? Recovery.Default;

        Recover<string>(e =>
        {
            if (e == PoisonEvent)
            {
                throw new InvalidOperationException("This event cannot be replayed.");
            }

            _state.Add(e);
            _replayed.Add(e);
        });
        Recover<SnapshotOffer>(offer =>
        {
            _state.AddRange((string[])offer.Snapshot);
            _offeredAt = offer.Metadata.SequenceNr;
        });
        Recover<RecoveryCompleted>(_ => _reportTo.Tell(new Recovered(PersistenceId, [.. _state], [.. _replayed], _offeredAt, LastSequenceNr), Self));

        Command<Add>(c => Persist(c.Value, Apply));
        Command<AddAll>(c => PersistAll(c.Values, Apply));
        Command<AddAsync>(c => PersistAsync(c.Value, Apply));
        CommandAsync<AddAfter>(async c =>
        {
            await c.Gate;
            Persist(c.Value, Apply);
        });
        Command<AddTagged>(c => Persist(new Tagged(c.Value, c.Tags), tagged =>
        {
            _state.Add((string)tagged.Payload);
            Sender.Tell(new HandledTagged(tagged, LastSequenceNr), Self);
        }));
        Command<DeferAsyncMarker>(c => DeferAsync(c.Marker, marker => Sender.Tell(new Deferred(marker), Self)));
        Command<DeferMarker>(c => Defer(c.Marker, marker => Sender.Tell(new Deferred(marker), Self)));
        Command<Get>(_ => Sender.Tell(new State([.. _state], LastSequenceNr), Self));
        Command<Snap>(_ => SaveSnapshot(_state.ToArray()));
        Command<DeleteEvents>(c => DeleteMessages(c.ToSequenceNr));
        Command<DeleteSnap>(c => DeleteSnapshot(c.SequenceNr));
        Command<DeleteSnaps>(c => DeleteSnapshots(c.Criteria));
        Command<Crash>(_ => throw new InvalidOperationException("Crash requested."));
        Command<SaveSnapshotSuccess>(Report);
        Command<SaveSnapshotFailure>(Report);
        Command<DeleteMessagesSuccess>(Report);
        Command<DeleteSnapshotSuccess>(Report);
        Command<DeleteSnapshotsSuccess>(Report);
    }

    /// <summary>An event whose replay throws.</summary>
    public const string PoisonEvent = "poison";

    public override string PersistenceId { get; }

    public override Recovery Recovery => _recovery;

    public static Props Props(string persistenceId, IActorRef reportTo, Recovery? recovery = null, string? journalPluginId = null) =>
        Orchestrator.Actors.Props.Create(() => new ListActor(persistenceId, reportTo, recovery, journalPluginId));

    protected override void OnPersistFailure(Exception cause, object @event, long sequenceNr)
    {
        _reportTo.Tell(new PersistFailed(cause, @event, sequenceNr), Self);
        base.OnPersistFailure(cause, @event, sequenceNr);
    }

    protected override void OnPersistRejected(Exception cause, object @event, long sequenceNr)
    {
        _reportTo.Tell(new PersistRejected(cause, @event, sequenceNr), Self);
        base.OnPersistRejected(cause, @event, sequenceNr);
    }

    protected override void OnRecoveryFailure(Exception reason, object? @event = null)
    {
        _reportTo.Tell(new RecoveryFailed(reason, @event), Self);
        base.OnRecoveryFailure(reason, @event);
    }

    private void Apply(string e)
    {
        _state.Add(e);
        Sender.Tell(new Added(e, LastSequenceNr), Self);
    }

    private void Report(object message) => _reportTo.Tell(message, Self);
}

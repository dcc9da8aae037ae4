using Orchestrator.Actors.Pattern;
using static Orchestrator.Actors.Persistence.Snapshot.SnapshotProtocol;

namespace Orchestrator.Actors.Persistence.Snapshot;

/// <summary>
/// The system actor in front of one snapshot-store plugin (Akka's <c>SnapshotStore</c>): it starts each
/// plugin call through the plugin's circuit breaker, goes on at once, and pipes the outcome to the asker.
/// It sets the timestamp of saved snapshots from the system's clock.
/// </summary>
internal sealed class SnapshotStoreActor : ActorBase
{
    private readonly ISnapshotStore _store;
    private readonly CircuitBreaker _breaker;

    private SnapshotStoreActor(ISnapshotStore store, CircuitBreaker breaker)
    {
        _store = store;
        _breaker = breaker;
    }

    /// <summary>The props of the actor for <paramref name="store"/>.</summary>
    public static Props Props(ISnapshotStore store, CircuitBreaker breaker) => Orchestrator.Actors.Props.Create(() => new SnapshotStoreActor(store, breaker));

    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case LoadSnapshot load:
                var criteria = load.Criteria with { MaxSequenceNr = Math.Min(load.Criteria.MaxSequenceNr, load.ToSequenceNr) };
                _breaker.WithCircuitBreaker(token => _store.LoadAsync(load.PersistenceId, criteria, token))
                    .PipeTo(Sender, Self, snapshot => new LoadSnapshotResult(snapshot, load.ToSequenceNr), cause => new LoadSnapshotFailed(cause));
                return true;
            case SaveSnapshot save:
                var metadata = save.Metadata with { Timestamp = Context.System.TimeProvider.GetUtcNow() };
                _breaker.WithCircuitBreaker(token => _store.SaveAsync(metadata, save.Snapshot, token))
                    .PipeTo(Sender, Self, () => new SaveSnapshotSuccess(metadata), cause => new SaveSnapshotFailure(metadata, cause));
                return true;
            case DeleteSnapshot delete:
                _breaker.WithCircuitBreaker(token => _store.DeleteAsync(delete.Metadata, token))
                    .PipeTo(Sender, Self, () => new DeleteSnapshotSuccess(delete.Metadata), cause => new DeleteSnapshotFailure(delete.Metadata, cause));
                return true;
            case DeleteSnapshots deleteAll:
                _breaker.WithCircuitBreaker(token => _store.DeleteAsync(deleteAll.PersistenceId, deleteAll.Criteria, token))
                    .PipeTo(Sender, Self, () => new DeleteSnapshotsSuccess(deleteAll.Criteria), cause => new DeleteSnapshotsFailure(deleteAll.Criteria, cause));
                return true;
            default:
                return false;
        }
    }
}

using Orchestrator.Actors.Persistence;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>
/// A persistent counter, the shape of a control-plane entity: it replays its <see cref="Counted"/> events,
/// reports its recovery to the <see cref="EntityProbe"/>, and persists events on <see cref="PersistEvents"/>.
/// </summary>
internal sealed class BenchEntity : ReceivePersistentActor
{
    private readonly EntityProbe _probe;
    private long _total;
    private long _replayed;

    public BenchEntity(string persistenceId, EntityProbe probe)
    {
        PersistenceId = persistenceId;
        _probe = probe;
        Recover<Counted>(counted =>
        {
            _total = counted.Total;
            _replayed++;
        });
        Recover<RecoveryCompleted>(_ => _probe.OnRecovered(_replayed));
        Command<PersistEvents>(command => Persist(new Counted(_total + 1), counted =>
        {
            _total = counted.Total;
            if (command.Count > 1)
            {
                Self.Tell(new PersistEvents(command.Count - 1), Self);
            }
            else
            {
                _probe.Done.Signal();
            }
        }));
    }

    public override string PersistenceId { get; }
}

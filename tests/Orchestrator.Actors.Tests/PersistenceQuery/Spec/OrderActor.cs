using Orchestrator.Actors.Persistence;
using Orchestrator.Actors.Persistence.Journal;

namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>A persistent actor that persists each text it is sent as a <see cref="QueryEvent"/> tagged "orders", then answers "persisted".</summary>
public sealed class OrderActor : ReceivePersistentActor
{
    public OrderActor(string persistenceId)
    {
        PersistenceId = persistenceId;
        Command<string>(text => Persist(new Tagged(new QueryEvent(text), "orders"), _ => Sender.Tell("persisted", Self)));
        Recover<QueryEvent>(_ => { });
    }

    public override string PersistenceId { get; }
}

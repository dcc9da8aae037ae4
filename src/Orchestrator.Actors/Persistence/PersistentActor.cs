namespace Orchestrator.Actors.Persistence;

/// <summary>A persistent actor written with <see cref="Eventsourced.ReceiveCommand"/> and <see cref="Eventsourced.ReceiveRecover"/> methods that return whether they handled a message, as Akka's.</summary>
public abstract class PersistentActor : Eventsourced;

namespace Orchestrator.Actors;

/// <summary>
/// An immutable, serialisable handle to an actor. Two references are equal when they
/// point at the same incarnation: same path and same uid.
/// </summary>
public interface IActorRef : ICanTell, IEquatable<IActorRef>, IComparable<IActorRef>
{
    /// <summary>The actor's path, with the uid of its incarnation.</summary>
    ActorPath Path { get; }
}

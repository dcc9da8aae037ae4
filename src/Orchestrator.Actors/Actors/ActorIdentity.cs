namespace Orchestrator.Actors;

/// <summary>The answer to <see cref="Identify"/>: the actor, or null when nothing lives at the path.</summary>
public sealed record ActorIdentity(object? MessageId, IActorRef? Subject);

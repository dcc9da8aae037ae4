namespace Orchestrator.Actors;

/// <summary>Every actor answers with <see cref="ActorIdentity"/>; selections answer for paths that have no actor.</summary>
public sealed record Identify(object? MessageId) : IAutoReceivedMessage;

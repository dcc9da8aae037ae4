namespace Orchestrator.Actors.Tests.Pattern;

/// <summary>A <see cref="BackoffChild"/> has started (first start or restart).</summary>
public sealed record ChildStarted(IActorRef Child);

namespace Orchestrator.Actors;

/// <summary>The scheduler's wake-up for a receive timeout; stale generations are ignored.</summary>
internal sealed record ReceiveTimeoutTick(int Generation) : IAutoReceivedMessage, INotInfluenceReceiveTimeout;

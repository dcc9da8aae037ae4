namespace Orchestrator.Benchmarks.Scenarios.PingPong;

/// <summary>The message bounced between the two sides of a pair; one shared instance, so no side allocates it.</summary>
internal sealed record Ball
{
    /// <summary>The ball every pair plays with.</summary>
    public static Ball Instance { get; } = new();
}

namespace Orchestrator.Actors.Sharding;

/// <summary>
/// Tells a region to hand all its shards off and then stop (Akka's <c>GracefulShutdown</c>); the coordinator
/// allocates them elsewhere. CoordinatedShutdown sends it when the member leaves the cluster.
/// </summary>
public sealed record GracefulShutdown
{
    private GracefulShutdown()
    {
    }

    /// <summary>The single instance.</summary>
    public static GracefulShutdown Instance { get; } = new();
}

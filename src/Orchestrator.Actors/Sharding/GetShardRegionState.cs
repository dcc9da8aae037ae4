namespace Orchestrator.Actors.Sharding;

/// <summary>Asks a region for the shards and entities it hosts; it answers <see cref="CurrentShardRegionState"/>.</summary>
public sealed record GetShardRegionState
{
    private GetShardRegionState()
    {
    }

    /// <summary>The single instance.</summary>
    public static GetShardRegionState Instance { get; } = new();
}

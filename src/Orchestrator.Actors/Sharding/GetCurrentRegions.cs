namespace Orchestrator.Actors.Sharding;

/// <summary>Asks a region for the addresses of all regions the coordinator knows; the answer is <see cref="CurrentRegions"/>.</summary>
public sealed record GetCurrentRegions
{
    private GetCurrentRegions()
    {
    }

    /// <summary>The single instance.</summary>
    public static GetCurrentRegions Instance { get; } = new();
}

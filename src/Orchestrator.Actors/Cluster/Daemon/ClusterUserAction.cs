namespace Orchestrator.Actors.Cluster;

/// <summary>What a user asks of the cluster through <see cref="Cluster"/> (or any member's daemon).</summary>
internal static class ClusterUserAction
{
    /// <summary>Move the member at <paramref name="Address"/> to Leaving (a graceful exit).</summary>
    public sealed record Leave(Address Address);

    /// <summary>Mark the member at <paramref name="Address"/> Down: the leader removes it without waiting.</summary>
    public sealed record Down(Address Address);
}

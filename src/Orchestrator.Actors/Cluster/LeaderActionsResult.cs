using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// What one round of leader actions did: the new gossip (the same instance when nothing changed), the members
/// it moved (with their new status) and the members it removed (with the status they had).
/// </summary>
public sealed record LeaderActionsResult(Gossip Gossip, ImmutableArray<Member> Changed, ImmutableArray<Member> Removed)
{
    /// <summary>True when the round changed the gossip.</summary>
    public bool HasChanges => !Changed.IsEmpty || !Removed.IsEmpty;

    /// <summary>A round that changed nothing.</summary>
    public static LeaderActionsResult Unchanged(Gossip gossip) => new(gossip, [], []);
}

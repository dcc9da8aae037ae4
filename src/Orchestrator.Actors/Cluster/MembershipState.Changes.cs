namespace Orchestrator.Actors.Cluster;

/// <summary>How a node's view changes: its own changes, and gossip it receives (Akka's <c>receiveGossip</c>).</summary>
public sealed partial record MembershipState
{
    /// <summary>
    /// This node changed the gossip: the result gets this node's version increment and is seen by this node only,
    /// as Akka's <c>updateLatestGossip</c>.
    /// </summary>
    public MembershipState Update(Gossip changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        return this with { LatestGossip = changed.Increment(SelfUniqueAddress).OnlySeen(SelfUniqueAddress) };
    }

    /// <summary>
    /// Takes in a gossip from <paramref name="from"/>, as Akka does: a gossip that does not list this node, or that
    /// comes from a node this node does not know or has tombstoned, is ignored; an older one is kept out; a newer one replaces the
    /// local one; the same version merges the seen sets; concurrent versions are merged (after pruning, from each
    /// side, the version entries of Down and Exiting members the other side has already removed). The result is
    /// marked seen by this node.
    /// </summary>
    public GossipReceived ReceiveGossip(Gossip remote, UniqueAddress from)
    {
        ArgumentNullException.ThrowIfNull(remote);
        var local = LatestGossip;
        if (!remote.HasMember(SelfUniqueAddress) || !local.HasMember(from) || local.Tombstones.ContainsKey(from))
        {
            return new GossipReceived(this, GossipOutcome.Ignored, Talkback: false);
        }

        var (winner, outcome) = remote.Version.CompareTo(local.Version) switch
        {
            VectorClockOrdering.Same => (remote with { Overview = remote.Overview with { Seen = remote.SeenBy.Union(local.SeenBy) } }, GossipOutcome.Same),
            VectorClockOrdering.Before => (local, GossipOutcome.Older),
            VectorClockOrdering.After => (remote, GossipOutcome.Newer),
            _ => (PruneRemovedElsewhere(remote, local).Merge(PruneRemovedElsewhere(local, remote)), GossipOutcome.Merge),
        };
        var talkback = outcome is GossipOutcome.Older or GossipOutcome.Merge || !remote.SeenByNode(SelfUniqueAddress);
        return new GossipReceived(this with { LatestGossip = winner.Seen(SelfUniqueAddress) }, outcome, talkback);
    }

    private static Gossip PruneRemovedElsewhere(Gossip gossip, Gossip other) =>
        gossip.Members
            .Where(m => m.Status is MemberStatus.Down or MemberStatus.Exiting && !other.HasMember(m.UniqueAddress))
            .Aggregate(gossip, (g, m) => g with { Version = g.Version.Prune(VectorClock.NodeName(m.UniqueAddress)) });
}

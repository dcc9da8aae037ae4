using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>Merging two concurrent versions of the gossip, by Akka's rules.</summary>
public sealed partial record Gossip
{
    /// <summary>
    /// Merges two versions (Akka's rules): the vector clocks are merged (tombstoned nodes pruned); each member
    /// present on both sides takes the status of higher precedence (Removed, Down, Exiting, Leaving, Up, WeaklyUp,
    /// Joining); a member on one side only is kept unless it is tombstoned, Down or Exiting (the other side has
    /// removed it); reachability keeps each observer's newer rows; nobody has seen the result yet.
    /// </summary>
    public Gossip Merge(Gossip that)
    {
        ArgumentNullException.ThrowIfNull(that);
        var tombstones = Tombstones.SetItems(that.Tombstones.Where(t => t.Value > Tombstones.GetValueOrDefault(t.Key)));
        var version = tombstones.Keys.Aggregate(
            Version.Merge(that.Version),
            (clock, node) => clock.Prune(VectorClock.NodeName(node)));
        var members = PickHighestPriority(Members, that.Members, tombstones);
        var reachability = Overview.Reachability.Merge(members.Select(m => m.UniqueAddress), that.Overview.Reachability);
        return new Gossip(members, new GossipOverview([], reachability), version, tombstones);
    }

    private static ImmutableSortedSet<Member> PickHighestPriority(
        ImmutableSortedSet<Member> mine,
        ImmutableSortedSet<Member> theirs,
        ImmutableDictionary<UniqueAddress, long> tombstones)
    {
        var merged = ImmutableSortedSet.CreateBuilder(Member.Ordering);
        foreach (var group in mine.Concat(theirs).GroupBy(m => m.UniqueAddress))
        {
            var versions = group.ToList();
            if (versions.Count == 2)
            {
                merged.Add(Member.HighestPriorityOf(versions[0], versions[1]));
            }
            else if (!tombstones.ContainsKey(group.Key) && versions[0].Status is not (MemberStatus.Down or MemberStatus.Exiting))
            {
                merged.Add(versions[0]);
            }
        }

        return merged.ToImmutable();
    }
}

using System.Collections.Immutable;
using Orchestrator.Actors.Cluster;
using Orchestrator.Actors.Serialization;
using static Orchestrator.Actors.Tests.Cluster.Nodes;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary><see cref="Gossip"/>: merge precedence, seen reset, removal and tombstones, JSON round trip.</summary>
public sealed class GossipTests
{
    [Fact]
    public void Merge_picks_the_status_of_higher_precedence_for_each_member()
    {
        var mine = Gossip.Create([Up(1), Up(2), Joining(3)]);
        var theirs = Gossip.Create([Up(1), Member(2, MemberStatus.Leaving, 2), Up(3)]);

        var merged = mine.Merge(theirs);

        Assert.Equal([MemberStatus.Up, MemberStatus.Leaving, MemberStatus.Up], merged.Members.Select(m => m.Status));
        Assert.Equal(merged.Members.Select(m => m.Status), theirs.Merge(mine).Members.Select(m => m.Status));
    }

    [Fact]
    public void Merge_keeps_new_members_of_either_side_but_not_down_or_exiting_ones_the_other_side_removed()
    {
        var mine = Gossip.Create([Up(1), Joining(4)]);
        var theirs = Gossip.Create([Up(1), Member(2, MemberStatus.Down, 2), Member(3, MemberStatus.Exiting, 3)]);

        var merged = mine.Merge(theirs);

        Assert.Equal([Node(1), Node(4)], merged.Members.Select(m => m.UniqueAddress));
    }

    [Fact]
    public void Merge_resets_the_seen_set_and_merges_the_versions()
    {
        var start = SeenByAll(Up(1), Up(2));
        var mine = start.Increment(Node(1)).OnlySeen(Node(1));
        var theirs = start.Increment(Node(2)).OnlySeen(Node(2));

        var merged = mine.Merge(theirs);

        Assert.Empty(merged.SeenBy);
        Assert.True(merged.Version.IsAfter(mine.Version));
        Assert.True(merged.Version.IsAfter(theirs.Version));
    }

    [Fact]
    public void A_removed_member_is_tombstoned_and_not_merged_back_in()
    {
        var before = SeenByAll(Up(1), Up(2)).Increment(Node(2));
        var removed = before.Remove(Node(2), removalTimestamp: 1_000);

        var merged = removed.Merge(before);

        Assert.False(merged.HasMember(Node(2)));
        Assert.Equal(1_000, merged.Tombstones[Node(2)]);
        Assert.False(merged.Version.Versions.ContainsKey(VectorClock.NodeName(Node(2))));
        Assert.Empty(merged.PruneTombstones(removedBefore: 1_001).Tombstones);
        Assert.Single(merged.PruneTombstones(removedBefore: 1_000).Tombstones);
    }

    [Fact]
    public void Merge_takes_the_newer_reachability_rows()
    {
        var start = Gossip.Create([Up(1), Up(2), Up(3)]);
        var mine = start.WithReachability(start.Overview.Reachability.Unreachable(Node(1), Node(3)));

        var merged = start.Merge(mine);

        Assert.Equal([Node(3)], merged.Overview.Reachability.AllUnreachable);
    }

    [Fact]
    public void Update_replaces_the_member_of_the_same_node()
    {
        var gossip = Gossip.Create([Joining(1), Joining(2)]).Update([Up(2)]);

        Assert.Equal(MemberStatus.Up, gossip.GetMember(Node(2)).Status);
        Assert.Equal(2, gossip.Members.Count);
        Assert.Equal(MemberStatus.Removed, gossip.GetMember(Node(9)).Status);
    }

    [Fact]
    public void Gossip_round_trips_through_the_json_serializer()
    {
        var gossip = SeenByAll(Up(1, "seed"), Joining(2, "worker"), Member(3, MemberStatus.Leaving, 3))
            .Increment(Node(1))
            .WithReachability(Reachability.Empty.Unreachable(Node(1), Node(3)))
            .Remove(Node(4), 77);
        var serializer = JsonMessageSerializer.Default;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();

        serializer.ToBinary(gossip, buffer);
        var back = (Gossip)serializer.FromBinary(buffer.WrittenSpan, typeof(Gossip));
        var json = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);

        Assert.Contains("\"Status\":\"Leaving\"", json, StringComparison.Ordinal);
        Assert.Contains("\"orch://orch@10.0.0.1:2551#1\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("AllUnreachable", json, StringComparison.Ordinal);

        Assert.Equal(gossip.Members.Select(m => (m.UniqueAddress, m.Status, m.UpNumber, string.Join(",", m.Roles))),
            back.Members.Select(m => (m.UniqueAddress, m.Status, m.UpNumber, string.Join(",", m.Roles))));
        Assert.True(back.Version.IsSameAs(gossip.Version));
        Assert.True(back.SeenBy.SetEquals(gossip.SeenBy));
        Assert.Equal(gossip.Overview.Reachability.Records.AsEnumerable(), back.Overview.Reachability.Records);
        Assert.Equal(gossip.Overview.Reachability.Versions.ToImmutableSortedDictionary(), back.Overview.Reachability.Versions.ToImmutableSortedDictionary());
        Assert.Equal(77, back.Tombstones[Node(4)]);
        Assert.Equal(Node(2), back.Members.ElementAt(1).UniqueAddress);
    }
}

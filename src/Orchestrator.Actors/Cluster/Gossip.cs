using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// The cluster's shared state, as Akka's <c>Gossip</c>: the members (sorted by address), the overview (who has
/// seen this version, who sees whom as unreachable), the vector-clock version, and tombstones of removed
/// nodes (unique address → when removed, in milliseconds) that keep a removed node from being merged back in.
/// Immutable: every change returns a new gossip.
/// </summary>
public sealed partial record Gossip
{
    /// <summary>A gossip (as written and read).</summary>
    public Gossip(
        ImmutableSortedSet<Member> members,
        GossipOverview overview,
        VectorClock version,
        ImmutableDictionary<UniqueAddress, long> tombstones)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(tombstones);
        Members = members.WithComparer(Member.Ordering);
        Overview = overview;
        Version = version;
        Tombstones = tombstones;
    }

    /// <summary>No members, version zero.</summary>
    public static Gossip Empty { get; } = Create([]);

    /// <summary>The members, in <see cref="Member.Ordering"/> (by address).</summary>
    public ImmutableSortedSet<Member> Members { get; init; }

    /// <summary>Seen set and reachability.</summary>
    public GossipOverview Overview { get; init; }

    /// <summary>The version: merged and incremented as nodes change the gossip.</summary>
    public VectorClock Version { get; init; }

    /// <summary>Removed nodes and when they were removed (milliseconds); pruned after a while.</summary>
    public ImmutableDictionary<UniqueAddress, long> Tombstones { get; init; }

    /// <summary>The nodes that have seen this version.</summary>
    [JsonIgnore]
    public ImmutableHashSet<UniqueAddress> SeenBy => Overview.Seen;

    /// <summary>True when one member is the whole cluster.</summary>
    [JsonIgnore]
    public bool IsSingletonCluster => Members.Count == 1;

    /// <summary>A gossip of the given members, seen by nobody, version zero.</summary>
    public static Gossip Create(IEnumerable<Member> members) =>
        new(ImmutableSortedSet.CreateRange(Member.Ordering, members), GossipOverview.Empty, VectorClock.Empty,
            ImmutableDictionary<UniqueAddress, long>.Empty);

    /// <summary>True when <paramref name="node"/> is a member.</summary>
    public bool HasMember(UniqueAddress node) => FindMember(node) is not null;

    /// <summary>The member <paramref name="node"/>, or null.</summary>
    public Member? FindMember(UniqueAddress node) =>
        Members.TryGetValue(Member.Removed(node), out var member) ? member : null;

    /// <summary>The member <paramref name="node"/>, or a <see cref="MemberStatus.Removed"/> placeholder, as Akka's <c>member</c>.</summary>
    public Member GetMember(UniqueAddress node) => FindMember(node) ?? Member.Removed(node);

    /// <summary>True when <paramref name="node"/> has seen this version.</summary>
    public bool SeenByNode(UniqueAddress node) => Overview.Seen.Contains(node);

    /// <summary>This gossip also seen by <paramref name="node"/>.</summary>
    public Gossip Seen(UniqueAddress node) =>
        SeenByNode(node) ? this : this with { Overview = Overview with { Seen = Overview.Seen.Add(node) } };

    /// <summary>This gossip seen by <paramref name="node"/> only (after <paramref name="node"/> changed it).</summary>
    public Gossip OnlySeen(UniqueAddress node) => this with { Overview = Overview with { Seen = [node] } };

    /// <summary>This gossip seen by nobody.</summary>
    public Gossip ClearSeen() => this with { Overview = Overview with { Seen = [] } };

    /// <summary>This gossip with <paramref name="node"/>'s version entry incremented (Akka's <c>:+</c>).</summary>
    public Gossip Increment(UniqueAddress node) => this with { Version = Version.Increment(VectorClock.NodeName(node)) };

    /// <summary>This gossip with <paramref name="reachability"/> in the overview.</summary>
    public Gossip WithReachability(Reachability reachability) => this with { Overview = Overview with { Reachability = reachability } };

    /// <summary>This gossip with the given members replacing those of the same node (or added).</summary>
    public Gossip Update(IEnumerable<Member> updated)
    {
        ArgumentNullException.ThrowIfNull(updated);
        var members = Members;
        foreach (var member in updated)
        {
            members = members.Remove(member).Add(member);
        }

        return this with { Members = members };
    }

    /// <summary>
    /// This gossip without <paramref name="node"/>: not a member, not in the seen set, reachability or version,
    /// and tombstoned at <paramref name="removalTimestamp"/> (milliseconds).
    /// </summary>
    public Gossip Remove(UniqueAddress node, long removalTimestamp) => new(
        Members.Remove(Member.Removed(node)),
        new GossipOverview(Overview.Seen.Remove(node), Overview.Reachability.Remove([node])),
        Version.Prune(VectorClock.NodeName(node)),
        Tombstones.SetItem(node, removalTimestamp));

    /// <summary>This gossip without the tombstones older than <paramref name="removedBefore"/> (milliseconds).</summary>
    public Gossip PruneTombstones(long removedBefore) =>
        this with { Tombstones = Tombstones.RemoveRange(Tombstones.Where(t => t.Value < removedBefore).Select(t => t.Key)) };

    /// <inheritdoc/>
    public override string ToString() =>
        $"Gossip(members [{string.Join(", ", Members)}], seen [{string.Join(", ", SeenBy)}], {Overview.Reachability}, {Version})";
}

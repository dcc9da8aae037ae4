using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// What travels beside the members in a <see cref="Gossip"/>: the nodes that have seen this exact version,
/// and the reachability table.
/// </summary>
public sealed record GossipOverview
{
    /// <summary>An overview (as written and read).</summary>
    public GossipOverview(ImmutableHashSet<UniqueAddress> seen, Reachability reachability)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(reachability);
        Seen = seen;
        Reachability = reachability;
    }

    /// <summary>Seen by nobody, everybody reachable.</summary>
    public static GossipOverview Empty { get; } = new([], Reachability.Empty);

    /// <summary>The nodes that have seen the gossip's current version.</summary>
    public ImmutableHashSet<UniqueAddress> Seen { get; init; }

    /// <summary>Who sees whom as unreachable.</summary>
    public Reachability Reachability { get; init; }
}

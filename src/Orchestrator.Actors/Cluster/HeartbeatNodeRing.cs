using System.Collections.Immutable;
using System.Text;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// Which nodes each node sends heartbeats to, as Akka's <c>HeartbeatNodeRing</c>: the nodes sit on a ring ordered
/// by a hash of their unique address (the same on every process), and each node is monitored by the next
/// <see cref="MonitoredByNrOfMembers"/> reachable nodes after it. Unreachable nodes met on the way are included
/// too, up to that many, so that someone keeps watching nodes that went down together; the ring never skips them
/// silently. Immutable.
/// </summary>
public sealed class HeartbeatNodeRing
{
    private readonly ImmutableArray<UniqueAddress> _ring;

    /// <summary>A ring of <paramref name="nodes"/> (which must include <paramref name="self"/>).</summary>
    public HeartbeatNodeRing(UniqueAddress self, IEnumerable<UniqueAddress> nodes, IEnumerable<UniqueAddress> unreachable, int monitoredByNrOfMembers)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(unreachable);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(monitoredByNrOfMembers);
        Self = self;
        Nodes = nodes.ToImmutableHashSet();
        if (!Nodes.Contains(self))
        {
            throw new ArgumentException($"The ring's nodes must include this node ({self}).", nameof(nodes));
        }

        Unreachable = unreachable.ToImmutableHashSet();
        MonitoredByNrOfMembers = monitoredByNrOfMembers;
        _ring = [.. Nodes.OrderBy(RingHash).ThenBy(n => n)];
    }

    /// <summary>This node.</summary>
    public UniqueAddress Self { get; }

    /// <summary>The nodes on the ring.</summary>
    public ImmutableHashSet<UniqueAddress> Nodes { get; }

    /// <summary>The nodes this node's view sees as unreachable.</summary>
    public ImmutableHashSet<UniqueAddress> Unreachable { get; }

    /// <summary>How many nodes monitor each node (Akka's default: 9).</summary>
    public int MonitoredByNrOfMembers { get; }

    /// <summary>The nodes this node sends heartbeats to.</summary>
    public ImmutableHashSet<UniqueAddress> MyReceivers => Receivers(Self);

    /// <summary>The nodes <paramref name="sender"/> sends heartbeats to: the next reachable ones on the ring.</summary>
    public ImmutableHashSet<UniqueAddress> Receivers(UniqueAddress sender)
    {
        if (!Nodes.Contains(sender))
        {
            throw new ArgumentException($"{sender} is not on the ring.", nameof(sender));
        }

        if (MonitoredByNrOfMembers >= _ring.Length - 1)
        {
            return Nodes.Remove(sender);
        }

        var start = _ring.IndexOf(sender);
        var chosen = ImmutableHashSet.CreateBuilder<UniqueAddress>();
        var reachableNeeded = MonitoredByNrOfMembers;
        for (var step = 1; step < _ring.Length && reachableNeeded > 0; step++)
        {
            var next = _ring[(start + step) % _ring.Length];
            if (!Unreachable.Contains(next))
            {
                chosen.Add(next);
                reachableNeeded--;
            }
            else if (chosen.Count < MonitoredByNrOfMembers)
            {
                chosen.Add(next);
            }
        }

        return chosen.ToImmutable();
    }

    /// <summary>This ring with <paramref name="node"/> added.</summary>
    public HeartbeatNodeRing Add(UniqueAddress node) => new(Self, Nodes.Add(node), Unreachable, MonitoredByNrOfMembers);

    /// <summary>This ring without <paramref name="node"/>.</summary>
    public HeartbeatNodeRing Remove(UniqueAddress node) => new(Self, Nodes.Remove(node), Unreachable.Remove(node), MonitoredByNrOfMembers);

    /// <summary>This ring with another set of unreachable nodes.</summary>
    public HeartbeatNodeRing WithUnreachable(IEnumerable<UniqueAddress> unreachable) => new(Self, Nodes, unreachable, MonitoredByNrOfMembers);

    /// <summary>FNV-1a of the unique address's text: unlike GetHashCode, the same in every process.</summary>
    private static uint RingHash(UniqueAddress node)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(node.ToString()))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}

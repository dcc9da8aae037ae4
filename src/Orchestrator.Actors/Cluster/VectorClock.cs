using System.Collections.Immutable;

namespace Orchestrator.Actors.Cluster;

/// <summary>
/// The version of a gossip: a counter per node that changed it, as Akka's <c>VectorClock</c>. A missing node
/// counts as 0. Nodes are named by <see cref="NodeName"/> (the unique address as text), so a restarted process
/// starts a fresh entry.
/// </summary>
public sealed record VectorClock
{
    /// <summary>A clock with the given counters (as written and read).</summary>
    public VectorClock(ImmutableSortedDictionary<string, long> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        Versions = versions.WithComparers(StringComparer.Ordinal);
    }

    /// <summary>The clock of no changes.</summary>
    public static VectorClock Empty { get; } = new(ImmutableSortedDictionary<string, long>.Empty);

    /// <summary>The counter of each node that changed the versioned value.</summary>
    public ImmutableSortedDictionary<string, long> Versions { get; }

    /// <summary>The name of a node's entry.</summary>
    public static string NodeName(UniqueAddress node) => node.ToString();

    /// <summary>This clock with <paramref name="node"/>'s counter one higher (Akka's <c>:+</c>).</summary>
    public VectorClock Increment(string node) =>
        new(Versions.SetItem(node, Versions.GetValueOrDefault(node) + 1));

    /// <summary>Each node's highest counter of the two clocks: a clock after (or the same as) both.</summary>
    public VectorClock Merge(VectorClock other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = Versions;
        foreach (var (node, version) in other.Versions)
        {
            if (version > merged.GetValueOrDefault(node))
            {
                merged = merged.SetItem(node, version);
            }
        }

        return ReferenceEquals(merged, Versions) ? this : new VectorClock(merged);
    }

    /// <summary>This clock without <paramref name="node"/>'s entry (once the node is removed from the cluster).</summary>
    public VectorClock Prune(string node) => Versions.ContainsKey(node) ? new VectorClock(Versions.Remove(node)) : this;

    /// <summary>How this clock relates to <paramref name="other"/>.</summary>
    public VectorClockOrdering CompareTo(VectorClock other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var thisAhead = false;
        var otherAhead = false;
        foreach (var node in Versions.Keys.Union(other.Versions.Keys))
        {
            var mine = Versions.GetValueOrDefault(node);
            var theirs = other.Versions.GetValueOrDefault(node);
            thisAhead |= mine > theirs;
            otherAhead |= theirs > mine;
            if (thisAhead && otherAhead)
            {
                return VectorClockOrdering.Concurrent;
            }
        }

        return thisAhead ? VectorClockOrdering.After : otherAhead ? VectorClockOrdering.Before : VectorClockOrdering.Same;
    }

    /// <summary>True when this clock happened before <paramref name="other"/>.</summary>
    public bool IsBefore(VectorClock other) => CompareTo(other) == VectorClockOrdering.Before;

    /// <summary>True when this clock happened after <paramref name="other"/>.</summary>
    public bool IsAfter(VectorClock other) => CompareTo(other) == VectorClockOrdering.After;

    /// <summary>True when neither clock happened before the other.</summary>
    public bool IsConcurrentWith(VectorClock other) => CompareTo(other) == VectorClockOrdering.Concurrent;

    /// <summary>True when the clocks hold the same counters (missing entries count as 0).</summary>
    public bool IsSameAs(VectorClock other) => CompareTo(other) == VectorClockOrdering.Same;

    /// <summary>Equal when the counters are equal.</summary>
    public bool Equals(VectorClock? other) => other is not null && IsSameAs(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (node, version) in Versions)
        {
            if (version != 0)
            {
                hash.Add(node, StringComparer.Ordinal);
                hash.Add(version);
            }
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => $"VectorClock({string.Join(", ", Versions.Select(v => $"{v.Key} -> {v.Value}"))})";
}

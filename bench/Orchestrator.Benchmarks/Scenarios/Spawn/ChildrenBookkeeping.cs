using Orchestrator.Actors;
using Orchestrator.Benchmarks.Harness;

namespace Orchestrator.Benchmarks.Scenarios.Spawn;

/// <summary>
/// Separates the parent's share of the per-child cost: rebuilds a dictionary like the
/// parent's children map (same key comparer, same names, same values, grown one Add at a
/// time) and copies of the names, and weighs each on the heap.
/// </summary>
internal static class ChildrenBookkeeping
{
    /// <summary>The bytes per child of the children map, and of the name strings.</summary>
    public static (double MapBytes, double NameBytes) Measure(IActorRef parent)
    {
        var children = ((LocalActorRef)parent).Cell.ChildrenSnapshot();
        var mapBytes = MapBytes(children);
        var nameBytes = NameBytes(children);

        // The snapshot must outlive the readings, or its own collection is subtracted from them.
        GC.KeepAlive(children);
        return ((double)mapBytes / children.Length, (double)nameBytes / children.Length);
    }

    private static long MapBytes(LocalActorRef[] children)
    {
        var before = Heap.LiveBytes();
        var map = new Dictionary<string, LocalActorRef>(StringComparer.Ordinal);
        foreach (var child in children)
        {
            map.Add(child.Path.Name, child);
        }

        var bytes = Heap.LiveBytes() - before;
        GC.KeepAlive(map);
        return bytes;
    }

    private static long NameBytes(LocalActorRef[] children)
    {
        var names = new string[children.Length];
        var before = Heap.LiveBytes();
        for (var i = 0; i < children.Length; i++)
        {
            names[i] = new string(children[i].Path.Name.AsSpan());
        }

        var bytes = Heap.LiveBytes() - before;
        GC.KeepAlive(names);
        return bytes;
    }
}

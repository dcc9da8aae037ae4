namespace Orchestrator.Benchmarks.Harness;

/// <summary>Measures the live GC heap, for bytes-per-object figures.</summary>
public static class Heap
{
    /// <summary>
    /// Bytes live on the GC heap after full blocking, compacting collections (garbage and
    /// finalizable leftovers gone), so that the difference of two readings is what the
    /// objects created between them keep alive.
    /// </summary>
    public static long LiveBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

namespace Orchestrator.Node.Stats;

/// <summary>CPU usage rates from two cumulative samples, as cAdvisor computes them.</summary>
internal static class CpuRate
{
    /// <summary>
    /// The rate between two samples, in billionths of a core (1 core = 1,000,000,000); null when
    /// the samples cannot give one: no time passed, or the counter went backwards (a restart).
    /// </summary>
    public static ulong? NanoCores(ulong previousNanoseconds, DateTimeOffset previousTime, ulong nanoseconds, DateTimeOffset time)
    {
        var elapsed = time - previousTime;
        if (elapsed <= TimeSpan.Zero || nanoseconds < previousNanoseconds)
        {
            return null;
        }

        // CPU ns per wall ns, times 1e9: the used ns scaled to one second of wall time.
        var used = (double)(nanoseconds - previousNanoseconds);
        return (ulong)Math.Round(used * TimeSpan.TicksPerSecond / elapsed.Ticks);
    }
}

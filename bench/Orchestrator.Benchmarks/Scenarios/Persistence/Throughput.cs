using System.Diagnostics;

namespace Orchestrator.Benchmarks.Scenarios.Persistence;

/// <summary>
/// A timed piece of work: events per second of wall time, and this process's CPU time per event, which
/// tells work that waits on the disk from work that waits for a core (on a machine shared with other load).
/// </summary>
internal readonly record struct Throughput(double EventsPerSecond, double CpuMicrosecondsPerEvent)
{
    /// <summary>Times <paramref name="work"/>, which handles <paramref name="events"/> events.</summary>
    public static async Task<Throughput> MeasureAsync(long events, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var cpuBefore = ProcessorTime();
        var begun = Stopwatch.GetTimestamp();
        await work();
        var seconds = Stopwatch.GetElapsedTime(begun).TotalSeconds;
        return new Throughput(events / seconds, (ProcessorTime() - cpuBefore).TotalMicroseconds / events);
    }

    private static TimeSpan ProcessorTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}

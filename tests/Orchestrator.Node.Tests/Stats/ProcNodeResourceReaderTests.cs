using Orchestrator.Node.Stats;

namespace Orchestrator.Node.Tests.Stats;

/// <summary><see cref="ProcNodeResourceReader"/>: the machine's use from /proc.</summary>
public sealed class ProcNodeResourceReaderTests
{
    [Fact]
    public void Busy_cpu_is_all_but_idle_and_iowait_in_nanoseconds()
    {
        const string stat = "cpu  100 20 30 5000 40 5 6 7 0 0\ncpu0 50 10 15 2500 20 2 3 3 0 0\nintr 1 2 3\n";

        // user + nice + system + irq + softirq + steal = 168 ticks of 10 ms.
        Assert.Equal(168UL * 10_000_000UL, ProcNodeResourceReader.ParseBusyCpu(stat));
    }

    [Fact]
    public void Memory_is_read_from_mem_total_and_mem_available_in_bytes()
    {
        const string meminfo = "MemTotal:       16384 kB\nMemFree:         1024 kB\nMemAvailable:    4096 kB\nBuffers:          512 kB\n";

        Assert.Equal((16384UL * 1024, 4096UL * 1024), ProcNodeResourceReader.ParseMemInfo(meminfo));
    }

    [Fact]
    public void Malformed_files_are_reported_as_such()
    {
        Assert.Throws<FormatException>(() => ProcNodeResourceReader.ParseBusyCpu("intr 1 2 3\n"));
        Assert.Throws<FormatException>(() => ProcNodeResourceReader.ParseMemInfo("MemFree: 1 kB\n"));
    }

    [Fact]
    public async Task Reads_this_machine()
    {
        var time = TimeProvider.System;

        var sample = await new ProcNodeResourceReader(time).ReadAsync(CancellationToken.None);

        Assert.NotNull(sample);
        Assert.Equal(Environment.ProcessorCount, sample.Cpus);
        Assert.True(sample.CpuUsageNanoseconds > 0);
        Assert.InRange(sample.MemoryAvailableBytes, 1UL, sample.MemoryTotalBytes);
    }

    [Fact]
    public async Task Says_nothing_where_there_is_no_proc()
    {
        var sample = await new ProcNodeResourceReader(TimeProvider.System, "/nonexistent-proc").ReadAsync(CancellationToken.None);

        Assert.Null(sample);
    }
}

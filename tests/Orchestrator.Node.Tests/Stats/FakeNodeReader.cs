using Orchestrator.Node.Stats;

namespace Orchestrator.Node.Tests.Stats;

/// <summary>A machine that has been one quarter busy on each of its 2 cores since the clock's start, with 8 GB of which 5 are free.</summary>
internal sealed class FakeNodeReader(TimeProvider time) : INodeResourceReader
{
    public const ulong MemoryTotal = 8_000_000_000;
    public const ulong MemoryAvailable = 5_000_000_000;

    private readonly DateTimeOffset _start = time.GetUtcNow();

    public Task<NodeResourceSample?> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var busy = (ulong)((now - _start).Ticks * 100 / 2);
        return Task.FromResult<NodeResourceSample?>(new NodeResourceSample(now, busy, MemoryTotal, MemoryAvailable, 2));
    }
}

using System.Reflection;
using Orchestrator.Actors.TestKit.MultiNode;
using Xunit;

namespace Orchestrator.Actors.Tests.Cluster;

/// <summary>Cluster members in separate OS processes.</summary>
public sealed class ClusterProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static readonly string[] FastConfig =
    [
        "orch.cluster.gossip-interval = 200ms",
        "orch.cluster.leader-actions-interval = 200ms",
        "orch.cluster.unreachable-nodes-reaper-interval = 200ms",
        "orch.cluster.periodic-tasks-initial-delay = 0s",
        "orch.cluster.failure-detector.heartbeat-interval = 200ms",
        "orch.cluster.failure-detector.acceptable-heartbeat-pause = 1s",
        "orch.cluster.split-brain-resolver.stable-after = 1s",
    ];

    [Fact]
    public async Task Three_member_processes_see_a_SIGKILLed_member_removed()
    {
        var host = typeof(ClusterProcessTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ClusterHost").Value!;
        using var cancel = new CancellationTokenSource(Patience * 2);
        using var first = await ClusterHostProcess.StartAsync(host, MultiNodeHarness.DefaultSecret, null, FastConfig, cancel.Token);
        await first.WaitForEventAsync("UP", first.Address, Patience);
        using var second = await ClusterHostProcess.StartAsync(host, MultiNodeHarness.DefaultSecret, first.Address, FastConfig, cancel.Token);
        using var third = await ClusterHostProcess.StartAsync(host, MultiNodeHarness.DefaultSecret, first.Address, FastConfig, cancel.Token);
        await Task.WhenAll(first.WaitForEventAsync("UP", third.Address, Patience), second.WaitForEventAsync("UP", third.Address, Patience));

        third.Kill();

        await Task.WhenAll(first.WaitForEventAsync("REMOVED", third.Address, Patience), second.WaitForEventAsync("REMOVED", third.Address, Patience));
        Assert.False(first.HasExited);
        Assert.False(second.HasExited);
        await Task.WhenAll(first.StopAsync(Patience), second.StopAsync(Patience));
    }
}

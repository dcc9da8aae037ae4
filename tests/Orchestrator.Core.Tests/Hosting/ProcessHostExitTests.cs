using Orchestrator.Actors;
using Orchestrator.Core.Hosting;
using Xunit;
using ClusterNode = Orchestrator.Actors.Cluster.Cluster;

namespace Orchestrator.Core.Tests.Hosting;

public sealed class ProcessHostExitTests
{
    private static readonly string[] ClusterArgs =
    [
        "--set", "orch.actor.provider = cluster",
        "--set", "orch.remote.port = 0",
        "--set", "orch.remote.secret = \"process-host-test\"",
        "--set", "orch.coordinated-shutdown.run-by-clr-shutdown-hook = off",
        "--set", "orch.cluster.periodic-tasks-initial-delay = 0s",
        "--set", "orch.cluster.leader-actions-interval = 200ms",
    ];

    [Fact]
    public async Task A_process_whose_cluster_downs_it_exits_with_the_cluster_exit_code()
    {
        var exit = await ProcessHost.RunAsync("seed", ClusterArgs, (system, _) =>
        {
            var cluster = ClusterNode.Get(system);
            cluster.RegisterOnMemberUp(() => cluster.Down(cluster.SelfAddress));
            cluster.Join(cluster.SelfAddress);
            return Task.CompletedTask;
        }).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ProcessHost.ClusterExitCode, exit);
    }

    [Fact]
    public async Task A_process_whose_system_is_terminated_exits_with_zero()
    {
        var exit = await ProcessHost.RunAsync("seed", ClusterArgs, (system, _) =>
        {
            ClusterNode.Get(system).RegisterOnMemberUp(() => system.Terminate());
            ClusterNode.Get(system).Join(ClusterNode.Get(system).SelfAddress);
            return Task.CompletedTask;
        }).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
    }
}

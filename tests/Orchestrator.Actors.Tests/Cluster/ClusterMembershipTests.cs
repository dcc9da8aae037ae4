using Orchestrator.Actors.Cluster;
using Xunit;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Tests.Cluster;

public sealed class ClusterMembershipTests(ITestOutputHelper output) : ClusterTestBase(output)
{
    [Fact]
    public void Three_nodes_join_through_the_seed_and_converge_on_members_and_leader()
    {
        var nodes = StartCluster(3);

        AwaitAssert(() =>
        {
            var leaders = nodes.Select(n => ClusterOf(n).State.Leader).Distinct().ToList();
            Assert.Single(leaders);
            Assert.NotNull(leaders[0]);
            Assert.All(nodes, n => Assert.Equal(3, ClusterOf(n).State.SeenBy.Count));
        }, Patience);
        Assert.All(nodes, n => Assert.Equal(MemberStatus.Up, ClusterOf(n).SelfMember.Status));
        Assert.Equal([1, 2, 3], ClusterOf(nodes[0]).State.Members.Select(m => m.UpNumber).Order());
    }

    [Fact]
    public void A_subscriber_hears_MemberUp_for_each_node_and_the_leader()
    {
        var first = StartFirstNode();
        var probe = Subscribe(first, typeof(ClusterEvent.MemberUp), typeof(ClusterEvent.LeaderChanged));

        // The leader is chosen while the first node is still Joining, so the two events may come in either order.
        var heard = new List<object>();
        probe.FishForMessage<object>(e =>
        {
            heard.Add(e);
            return heard.OfType<ClusterEvent.MemberUp>().Any(u => u.Member.Address.Equals(first.Address)) &&
                heard.OfType<ClusterEvent.LeaderChanged>().Any(l => first.Address.Equals(l.Leader));
        }, Patience);
        var second = StartJoiningNode("node2", first);

        Assert.Equal(second.Address, probe.FishForMessage<ClusterEvent.MemberUp>(_ => true, Patience).Member.Address);
    }

    [Fact]
    public void A_late_subscriber_gets_the_current_members_as_events_or_as_a_snapshot()
    {
        var nodes = StartCluster(2);

        var asEvents = Subscribe(nodes[1], typeof(ClusterEvent.IMemberEvent));
        var snapshot = new Orchestrator.Actors.TestKit.TestProbe(nodes[1].System);
        ClusterOf(nodes[1]).Subscribe(snapshot.Ref, typeof(ClusterEvent.IMemberEvent));

        var ups = new[] { asEvents.ExpectMsg<ClusterEvent.MemberUp>(), asEvents.ExpectMsg<ClusterEvent.MemberUp>() };
        Assert.Equal(nodes.Select(n => n.Address).Order(Member.AddressOrdering), ups.Select(u => u.Member.Address));
        Assert.Equal(2, snapshot.ExpectMsg<ClusterEvent.CurrentClusterState>().Members.Count);
    }

    [Fact]
    public void RegisterOnMemberUp_runs_when_this_node_is_moved_up()
    {
        var first = StartFirstNode();
        var probe = CreateTestProbe();

        ClusterOf(first).RegisterOnMemberUp(() => probe.Ref.Tell("up", ActorRefs.NoSender));

        probe.ExpectMsg("up", Patience);
    }

    [Fact]
    public async Task Downing_a_member_removes_it_and_fires_remote_death_watch()
    {
        var nodes = StartCluster(3);
        var target = nodes[2].System.ActorOf(Props.Create<Remote.Echo>(), "target");
        var watcher = new Orchestrator.Actors.TestKit.TestProbe(nodes[0].System);
        var remoteTarget = await nodes[0].System.ActorSelection($"{nodes[2].Address}/user/target").ResolveOne(Patience);
        watcher.Watch(remoteTarget);
        var removed = Subscribe(nodes[0], typeof(ClusterEvent.MemberRemoved));

        ClusterOf(nodes[1]).Down(nodes[2].Address);

        var gone = removed.FishForMessage<ClusterEvent.MemberRemoved>(e => e.Member.Address.Equals(nodes[2].Address), Patience);
        Assert.Equal(MemberStatus.Down, gone.PreviousStatus);
        Assert.True(watcher.ExpectTerminated(remoteTarget, Patience).AddressTerminated);
        AwaitTerminated(nodes[2]);
        Assert.NotNull(target);
    }

    [Fact]
    public void A_graceful_leave_goes_through_Leaving_and_Exiting_to_Removed_and_the_leaver_terminates()
    {
        var nodes = StartCluster(3);
        var events = Subscribe(nodes[0], typeof(ClusterEvent.MemberLeft), typeof(ClusterEvent.MemberExited), typeof(ClusterEvent.MemberRemoved));
        var leaver = nodes[2];

        ClusterOf(nodes[0]).Leave(leaver.Address);

        events.FishForMessage<ClusterEvent.MemberLeft>(e => e.Member.Address.Equals(leaver.Address), Patience);
        events.FishForMessage<ClusterEvent.MemberExited>(e => e.Member.Address.Equals(leaver.Address), Patience);
        var removed = events.FishForMessage<ClusterEvent.MemberRemoved>(e => e.Member.Address.Equals(leaver.Address), Patience);
        Assert.Equal(MemberStatus.Exiting, removed.PreviousStatus);
        AwaitTerminated(leaver);
        Assert.Equal(CoordinatedShutdown.ClusterLeavingReason.Instance, CoordinatedShutdown.Get(leaver.System).ShutdownReason);
        AwaitMembersUp(nodes.Take(2), 2);
    }

    [Fact]
    public void Leaving_this_node_runs_coordinated_shutdown_and_the_others_remove_it()
    {
        var nodes = StartCluster(2);

        ClusterOf(nodes[1]).Leave(nodes[1].Address);

        AwaitTerminated(nodes[1]);
        Assert.True(ClusterOf(nodes[1]).IsTerminated);
        AwaitMembersUp([nodes[0]], 1);
    }

    [Fact]
    public void A_node_that_cannot_join_through_its_seeds_shuts_down_after_the_configured_time()
    {
        var node = Harness.StartNode("lonely", config: """
            orch.cluster.seed-nodes = ["orch://nobody@127.0.0.1:1"]
            orch.cluster.shutdown-after-unsuccessful-join-seed-nodes = 1s
            """);

        AwaitTerminated(node);
        Assert.Equal(CoordinatedShutdown.ClusterJoinUnsuccessfulReason.Instance, CoordinatedShutdown.Get(node.System).ShutdownReason);
    }
}

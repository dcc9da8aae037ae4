using Orchestrator.Actors.Cluster;
using Orchestrator.Actors.Event;
using Orchestrator.Actors.Remote;
using Xunit;
using Xunit.Abstractions;

namespace Orchestrator.Actors.Tests.Cluster;

public sealed class ClusterDowningTests(ITestOutputHelper output) : ClusterTestBase(output)
{
    [Fact]
    public void A_crashed_node_is_detected_unreachable_downed_by_the_resolver_and_removed()
    {
        var nodes = StartCluster(3);
        var events = Subscribe(nodes[0], typeof(ClusterEvent.UnreachableMember), typeof(ClusterEvent.MemberRemoved));

        Crash(nodes[2]);

        events.FishForMessage<ClusterEvent.UnreachableMember>(e => e.Member.Address.Equals(nodes[2].Address), Patience);
        var removed = events.FishForMessage<ClusterEvent.MemberRemoved>(e => e.Member.Address.Equals(nodes[2].Address), Patience);
        Assert.Equal(MemberStatus.Down, removed.PreviousStatus);
        AwaitMembersUp(nodes.Take(2), 2);
        Assert.True(nodes[2].Transport.LocalUid != 0 && nodes[0].Transport.IsQuarantined(nodes[2].Address, nodes[2].Transport.LocalUid));
    }

    [Fact]
    public void A_two_one_partition_downs_the_minority_which_terminates_while_the_majority_goes_on()
    {
        var nodes = StartCluster(3);
        var minority = nodes[2];
        var minorityLog = LogProbe(minority);

        foreach (var majority in nodes.Take(2))
        {
            majority.FailureInjector.Blackhole(minority.Address, ThrottleDirection.Both);
            minority.FailureInjector.Blackhole(majority.Address, ThrottleDirection.Both);
        }

        minorityLog.FishForMessage<LogEvent>(
            e => e.Message.Contains("This node was downed by the split-brain resolver (keep-majority): exiting", StringComparison.Ordinal), Patience);
        AwaitTerminated(minority);
        Assert.Equal(CoordinatedShutdown.ClusterDowningReason.Instance, CoordinatedShutdown.Get(minority.System).ShutdownReason);
        AwaitRemoved(nodes.Take(2), minority.Address);
        AwaitMembersUp(nodes.Take(2), 2);
        Assert.All(nodes.Take(2), n => Assert.False(n.System.WhenTerminated.IsCompleted));
    }

    [Fact]
    public void A_restarted_node_rejoins_under_a_new_uid_and_its_old_incarnation_is_removed()
    {
        var nodes = StartCluster(3);
        var old = nodes[2];
        var oldUid = ClusterOf(old).SelfUniqueAddress;
        Crash(old);
        foreach (var other in nodes.Take(2))
        {
            other.FailureInjector.PassThrough(old.Address);
        }

        var restarted = StartJoiningNode(old.Name, nodes[0], port: old.Address.Port!.Value);

        AwaitMembersUp([nodes[0], nodes[1], restarted], 3);
        var members = ClusterOf(nodes[0]).State.Members;
        Assert.Contains(members, m => m.UniqueAddress == ClusterOf(restarted).SelfUniqueAddress);
        Assert.DoesNotContain(members, m => m.UniqueAddress == oldUid);
        Assert.NotEqual(oldUid.Uid, ClusterOf(restarted).SelfUniqueAddress.Uid);
    }

    [Fact]
    public async Task Remote_death_watch_on_a_member_waits_for_the_cluster_to_down_it()
    {
        var nodes = StartCluster(2, "orch.cluster.downing-provider = none");
        nodes[1].System.ActorOf(Props.Create<Remote.Echo>(), "target");
        var target = await nodes[0].System.ActorSelection($"{nodes[1].Address}/user/target").ResolveOne(Patience);
        var watcher = new Orchestrator.Actors.TestKit.TestProbe(nodes[0].System);
        watcher.Watch(target);
        nodes[0].FailureInjector.Blackhole(nodes[1].Address, ThrottleDirection.Both);

        // Past the remote watcher's own acceptable pause (1 s here): the member is unreachable, not terminated.
        Subscribe(nodes[0], typeof(ClusterEvent.UnreachableMember)).FishForMessage<ClusterEvent.UnreachableMember>(_ => true, Patience);
        watcher.ExpectNoMsg(TimeSpan.FromSeconds(2));

        ClusterOf(nodes[0]).Down(nodes[1].Address);

        Assert.True(watcher.ExpectTerminated(target, Patience).AddressTerminated);
    }
}

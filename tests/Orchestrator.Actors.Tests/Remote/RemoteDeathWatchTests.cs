using Orchestrator.Actors.Remote;
using Xunit;
using Xunit.Abstractions;
using static Orchestrator.Actors.Tests.Remote.RemoteTestMessages;

namespace Orchestrator.Actors.Tests.Remote;

public sealed class RemoteDeathWatchTests(ITestOutputHelper output) : RemoteTestBase(output)
{
    [Fact]
    public async Task Watching_a_remote_actor_gives_Terminated_with_existence_confirmed_when_it_stops()
    {
        var node = StartEchoNode();
        var echo = await ResolveEcho(node);
        Watch(echo);
        echo.Tell(new Ping("watched"), TestActor);
        ExpectMsg(new Ping("watched"));

        echo.Tell(PoisonPill.Instance, TestActor);

        var terminated = ExpectTerminated(echo);
        Assert.True(terminated.ExistenceConfirmed);
        Assert.False(terminated.AddressTerminated);
    }

    [Fact]
    public void Watching_a_remote_path_with_no_actor_gives_Terminated_without_existence_confirmed()
    {
        var node = StartEchoNode();
        var missing = ((ActorSystemImpl)Sys).Provider.ResolveActorRef(ActorPath.Parse($"{node.Address}/user/nobody#42"));

        Watch(missing);

        Assert.False(ExpectTerminated(missing).ExistenceConfirmed);
    }

    [Fact]
    public async Task A_watched_system_that_goes_silent_past_the_acceptable_pause_gives_Terminated_with_address_terminated()
    {
        var node = StartEchoNode();
        var echo = await ResolveEcho(node);
        Watch(echo);

        Transport.FailureInjector.Blackhole(node.Address, ThrottleDirection.Both);

        var terminated = ExpectTerminated(echo, TimeSpan.FromSeconds(10));
        Assert.True(terminated.AddressTerminated);
        Assert.False(terminated.ExistenceConfirmed);
    }

    [Fact]
    public async Task A_watcher_hears_of_the_remote_actor_when_its_system_terminates()
    {
        var node = StartEchoNode();
        var echo = await ResolveEcho(node);
        Watch(echo);

        await node.System.Terminate();

        ExpectTerminated(echo, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_remote_watcher_hears_when_a_local_actor_stops()
    {
        var node = StartEchoNode();
        var target = Sys.ActorOf(Props.Create<Echo>(), "target");
        var probe = new Orchestrator.Actors.TestKit.TestProbe(node.System);
        var remoteTarget = await node.System.ActorSelection($"{Sys.Address}/user/target").ResolveOne(TimeSpan.FromSeconds(10));
        probe.Watch(remoteTarget);
        remoteTarget.Tell(new Ping("ready"), probe.Ref);
        probe.ExpectMsg(new Ping("ready"));

        Sys.Stop(target);

        Assert.True(probe.ExpectTerminated(remoteTarget).ExistenceConfirmed);
    }

    [Fact]
    public async Task Quarantine_publishes_the_event_terminates_watches_and_refuses_that_incarnation()
    {
        var node = StartEchoNode();
        var echo = await ResolveEcho(node);
        Watch(echo);
        var events = QuarantineProbe();
        var uid = node.Transport.LocalUid;

        Transport.Quarantine(node.Address, uid);

        events.ExpectMsg(new QuarantinedEvent(node.Address, uid));
        Assert.True(ExpectTerminated(echo).AddressTerminated);
        echo.Tell(new Ping("to the quarantined"), TestActor);
        ExpectNoMsg(TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task A_restarted_system_on_the_same_port_is_a_new_incarnation_and_the_old_one_is_quarantined()
    {
        var first = StartEchoNode("phoenix");
        var echo = await ResolveEcho(first);
        echo.Tell(new Ping("first"), TestActor);
        ExpectMsg(new Ping("first"));
        var oldUid = first.Transport.LocalUid;
        var port = first.Address.Port!.Value;
        var events = QuarantineProbe();
        Orchestrator.Actors.TestKit.MultiNode.MultiNodeHarness.Shutdown(first);

        var second = StartEchoNode("phoenix", port);
        Assert.NotEqual(oldUid, second.Transport.LocalUid);
        var reborn = await ResolveEcho(second);
        reborn.Tell(new Ping("second"), TestActor);

        ExpectMsg(new Ping("second"), TimeSpan.FromSeconds(10));
        events.ExpectMsg(new QuarantinedEvent(second.Address, oldUid));
        Assert.True(Transport.IsQuarantined(second.Address, oldUid));
    }

    private Orchestrator.Actors.TestKit.TestProbe QuarantineProbe()
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Subscribe(probe.Ref, typeof(QuarantinedEvent));
        return probe;
    }
}

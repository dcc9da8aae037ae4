using Orchestrator.Actors.TestKit.Tests.Support;
using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class DeathWatchTests(ITestOutputHelper output) : TestKit(output)
{
    [Fact]
    public void ExpectTerminated_receives_the_Terminated_of_a_watched_actor()
    {
        var echo = Watch(Sys.ActorOf(Props.Create<EchoActor>()));

        Sys.Stop(echo);

        var terminated = ExpectTerminated(echo);
        Assert.Equal(echo, terminated.ActorRef);
        Assert.True(terminated.ExistenceConfirmed);
    }

    [Fact]
    public void The_test_actor_survives_a_Terminated_and_keeps_receiving()
    {
        var echo = Watch(Sys.ActorOf(Props.Create<EchoActor>()));
        Sys.Stop(echo);
        ExpectTerminated(echo);

        TestActor.Tell("still here", null);

        ExpectMsg("still here");
    }

    [Fact]
    public void ExpectTerminated_fails_for_another_actor()
    {
        var first = Watch(Sys.ActorOf(Props.Create<EchoActor>(), "first"));
        var second = Sys.ActorOf(Props.Create<EchoActor>(), "second");
        Sys.Stop(first);

        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectTerminated(second));

        Assert.Contains("expected Terminated of [orch://", failure.Message, StringComparison.Ordinal);
        Assert.Contains("/user/second#", failure.Message, StringComparison.Ordinal);
        Assert.Contains("/user/first#", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpectTerminated_fails_when_the_actor_lives_on()
    {
        var echo = Watch(Sys.ActorOf(Props.Create<EchoActor>()));

        Assert.Throws<TestKitAssertionException>(() => ExpectTerminated(echo, TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public void Unwatch_stops_the_Terminated()
    {
        var echo = Watch(Sys.ActorOf(Props.Create<EchoActor>()));

        Unwatch(echo);
        Sys.Stop(echo);

        ExpectNoMsg(TimeSpan.FromMilliseconds(150));
    }

    [Fact]
    public void Watching_an_actor_that_already_stopped_reports_it_terminated()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        var probe = CreateTestProbe();
        probe.Watch(echo);
        Sys.Stop(echo);
        probe.ExpectTerminated(echo);

        Watch(echo);

        Assert.False(ExpectTerminated(echo).ExistenceConfirmed);
    }
}

using static Orchestrator.Actors.Tests.Actors.WatchingActor;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class UnwatchAndWatchWithTests : ActorSpec
{
    [Fact]
    public void WatchWith_delivers_the_custom_message_instead_of_Terminated()
    {
        var target = Target();
        var watcher = Watcher();
        watcher.Tell(new WatchIt(target, Custom: "target is gone"), TestActor);
        ExpectMsg("watching");

        Sys.Stop(target);

        ExpectMsg("target is gone");
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Unwatch_before_the_death_means_no_Terminated()
    {
        var target = Target();
        var watcher = Watcher();
        watcher.Tell(new WatchIt(target), TestActor);
        watcher.Tell(new UnwatchIt(target), TestActor);
        ExpectMsg("watching");
        ExpectMsg("unwatched");
        Watch(target);

        Sys.Stop(target);
        ExpectTerminated(target);
        watcher.Tell("ping", TestActor);

        ExpectMsg("pong");
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Unwatch_drops_a_Terminated_that_is_already_queued()
    {
        // Watching a dead actor posts its death notification during the Watch call; the
        // notification queues the Terminated once WatchIt is done, behind the UnwatchIt that
        // WatchIt queued first.
        var target = DeadTarget();
        var watcher = Watcher();
        watcher.Tell(new WatchIt(target, Then: new UnwatchIt(target)), TestActor);

        ExpectMsg("watching");
        ExpectMsg("unwatched");
        watcher.Tell("ping", TestActor);
        ExpectMsg("pong");
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Without_Unwatch_the_queued_Terminated_is_delivered()
    {
        var target = DeadTarget();
        var watcher = Watcher();
        watcher.Tell(new WatchIt(target, Then: "ping"), TestActor);

        ExpectMsg("watching");
        ExpectMsg("pong");
        Assert.Equal(target, ExpectMsg<Saw>().Terminated.ActorRef);
    }

    [Fact]
    public void Watching_again_with_another_message_fails_the_watcher()
    {
        var parent = Spawn.Supervisor(Sys, Deciders.OneForOne(TestActor, Directive.Resume));
        var watcher = Spawn.ChildOf(this, parent, WatchingActor.Create(), "watcher");
        var target = Target();
        watcher.Tell(new WatchIt(target, Custom: "first message"), TestActor);
        ExpectMsg("watching");

        watcher.Tell(new WatchIt(target, Custom: "second message"), TestActor);

        ExpectMsg<InvalidOperationException>();
    }

    private IActorRef Watcher() => Sys.ActorOf(WatchingActor.Create());

    private IActorRef Target() => Sys.ActorOf(WatchingActor.Create());

    private IActorRef DeadTarget() => Spawn.Stopped(this, WatchingActor.Create());
}

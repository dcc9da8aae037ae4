using static Orchestrator.Actors.Tests.Actors.WatchingActor;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class DeathWatchTests : ActorSpec
{
    [Fact]
    public void A_watcher_gets_one_Terminated_with_existence_confirmed_even_if_it_watched_twice()
    {
        var target = Target();
        var watcher = Watcher();
        watcher.Tell(new WatchIt(target), TestActor);
        watcher.Tell(new WatchIt(target), TestActor);
        ExpectMsg("watching");
        ExpectMsg("watching");

        Sys.Stop(target);

        var terminated = ExpectMsg<Saw>().Terminated;
        Assert.Equal(target, terminated.ActorRef);
        Assert.True(terminated.ExistenceConfirmed);
        Assert.False(terminated.AddressTerminated);
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Watching_an_actor_that_is_already_dead_gives_Terminated_without_existence_confirmed()
    {
        var target = DeadTarget();
        var watcher = Watcher();
        watcher.Tell(new WatchIt(target), TestActor);

        ExpectMsg("watching");
        var terminated = ExpectMsg<Saw>().Terminated;
        Assert.Equal(target, terminated.ActorRef);
        Assert.False(terminated.ExistenceConfirmed);
    }

    [Fact]
    public void Watching_Nobody_gives_Terminated_at_once()
    {
        var watcher = Watcher();
        watcher.Tell(new WatchIt(ActorRefs.Nobody), TestActor);

        ExpectMsg("watching");
        Assert.Equal(ActorRefs.Nobody, ExpectMsg<Saw>().Terminated.ActorRef);
    }

    [Fact]
    public void An_unhandled_Terminated_fails_the_watcher_with_DeathPactException_and_the_default_decider_stops_it()
    {
        var parent = Spawn.Supervisor(Sys, new OneForOneStrategy(Deciders.Reporting(TestActor, SupervisorStrategy.DefaultDecider)));
        var target = Spawn.ChildOf(this, parent, WatchingActor.Create(), "target");
        var watcher = Spawn.ChildOf(this, parent, Props.Create(() => new IgnoresTerminated()), "watcher");
        watcher.Tell(new WatchIt(target), TestActor);
        ExpectMsg("watching");
        Watch(watcher);

        Sys.Stop(target);

        var cause = ExpectMsg<DeathPactException>();
        Assert.Equal(target, cause.DeadActor);
        ExpectTerminated(watcher);
    }

    [Fact]
    public void A_parent_that_watches_its_child_gets_one_Terminated()
    {
        var parent = Watcher();
        parent.Tell(new WatchNewChild("child"), TestActor);
        var child = ExpectMsg<IActorRef>();

        Sys.Stop(child);

        Assert.Equal(child, ExpectMsg<Saw>().Terminated.ActorRef);
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Messages_a_dying_actor_sent_arrive_before_its_Terminated()
    {
        var watcher = Watcher();
        var target = Target();
        watcher.Tell(new WatchIt(target), TestActor);
        ExpectMsg("watching");

        target.Tell(new SendThenStop(watcher, 100), TestActor);

        for (var i = 0; i < 100; i++)
        {
            ExpectMsg(i);
        }

        Assert.Equal(target, ExpectMsg<Saw>().Terminated.ActorRef);
    }

    [Fact]
    public void A_watch_survives_a_restart_of_the_watcher()
    {
        var target = Target();
        var watcher = Watcher();
        watcher.Tell(new WatchIt(target), TestActor);
        ExpectMsg("watching");
        watcher.Tell(new Crash(), TestActor);
        watcher.Tell(new WatchIt(ActorRefs.Nobody), TestActor);
        ExpectMsg("watching");
        ExpectMsg<Saw>();

        Sys.Stop(target);

        Assert.Equal(target, ExpectMsg<Saw>().Terminated.ActorRef);
    }

    private IActorRef Watcher() => Sys.ActorOf(WatchingActor.Create());

    private IActorRef Target() => Sys.ActorOf(WatchingActor.Create());

    private IActorRef DeadTarget() => Spawn.Stopped(this, WatchingActor.Create());

    /// <summary>Watches on request but has no handler for Terminated.</summary>
    private sealed class IgnoresTerminated : ReceiveActor
    {
        public IgnoresTerminated() => Receive<WatchIt>(w =>
        {
            Context.Watch(w.Target);
            Sender.Tell("watching");
        });
    }
}

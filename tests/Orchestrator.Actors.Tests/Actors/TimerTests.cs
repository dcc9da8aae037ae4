using Orchestrator.Actors.Event;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class TimerTests : ActorSpec
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    public TimerTests()
        : base(useVirtualTime: true)
    {
    }

    [Fact]
    public void A_single_timer_fires_once_after_its_delay()
    {
        var actor = TimerActor();
        Command(actor, t => t.StartSingleTimer("key", new Tick("once"), TimeSpan.FromSeconds(10)));

        VirtualTime.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromMilliseconds(1));
        ExpectNoMsg(Quiet);
        VirtualTime.Advance(TimeSpan.FromMilliseconds(1));
        ExpectMsg(new Tick("once"));
        VirtualTime.Advance(TimeSpan.FromMinutes(1));
        ExpectNoMsg(Quiet);
    }

    [Fact]
    public void A_periodic_timer_fires_every_interval()
    {
        var actor = TimerActor();
        Command(actor, t => t.StartPeriodicTimer("key", new Tick("again"), TimeSpan.FromSeconds(1)));

        for (var i = 0; i < 3; i++)
        {
            VirtualTime.Advance(TimeSpan.FromSeconds(1));
            ExpectMsg(new Tick("again"));
        }

        VirtualTime.Advance(TimeSpan.FromSeconds(3));
        for (var i = 0; i < 3; i++)
        {
            ExpectMsg(new Tick("again"));
        }

        ExpectNoMsg(Quiet);
    }

    [Fact]
    public void A_periodic_timer_with_an_initial_delay_waits_that_long_for_the_first_message()
    {
        var actor = TimerActor();
        Command(actor, t => t.StartPeriodicTimer("key", new Tick("periodic"), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1)));

        VirtualTime.Advance(TimeSpan.FromSeconds(4));
        ExpectNoMsg(Quiet);
        VirtualTime.Advance(TimeSpan.FromSeconds(1));
        ExpectMsg(new Tick("periodic"));
        VirtualTime.Advance(TimeSpan.FromSeconds(1));
        ExpectMsg(new Tick("periodic"));
    }

    [Fact]
    public void Starting_a_timer_under_a_key_in_use_replaces_the_old_timer()
    {
        var actor = TimerActor();
        Command(actor, t => t.StartSingleTimer("key", new Tick("old"), TimeSpan.FromSeconds(5)));
        Command(actor, t => t.StartSingleTimer("key", new Tick("new"), TimeSpan.FromSeconds(10)));

        VirtualTime.Advance(TimeSpan.FromSeconds(5));
        ExpectNoMsg(Quiet);
        VirtualTime.Advance(TimeSpan.FromSeconds(5));
        ExpectMsg(new Tick("new"));
    }

    [Fact]
    public void A_cancelled_timer_never_delivers_its_message_even_when_it_is_already_queued()
    {
        var actor = TimerActor(pinned: true);
        Command(actor, t => t.StartSingleTimer("key", new Tick("late"), TimeSpan.FromSeconds(1)));
        using var gate = new ManualResetEventSlim();
        actor.Tell(new HoldThen(gate, t => t.Cancel("key")), TestActor);
        ExpectMsg("holding");

        VirtualTime.Advance(TimeSpan.FromSeconds(1));
        gate.Set();
        actor.Tell("ping", TestActor);

        ExpectMsg("pong");
        ExpectNoMsg(Quiet);
    }

    [Fact]
    public void A_replaced_timer_never_delivers_its_message_even_when_it_is_already_queued()
    {
        var actor = TimerActor(pinned: true);
        Command(actor, t => t.StartSingleTimer("key", new Tick("old"), TimeSpan.FromSeconds(1)));
        using var gate = new ManualResetEventSlim();
        actor.Tell(new HoldThen(gate, t => t.StartSingleTimer("key", new Tick("new"), TimeSpan.FromSeconds(1))), TestActor);
        ExpectMsg("holding");

        VirtualTime.Advance(TimeSpan.FromSeconds(1));
        gate.Set();
        actor.Tell("ping", TestActor);
        ExpectMsg("pong");
        VirtualTime.Advance(TimeSpan.FromSeconds(1));

        ExpectMsg(new Tick("new"));
        ExpectNoMsg(Quiet);
    }

    [Fact]
    public void IsTimerActive_follows_the_timer_from_start_to_firing_and_cancellation()
    {
        var actor = TimerActor();
        Command(actor, t => t.StartSingleTimer("single", new Tick("single"), TimeSpan.FromSeconds(1)));
        Command(actor, t => t.StartPeriodicTimer("periodic", new Tick("periodic"), TimeSpan.FromSeconds(10)));
        Assert.True(IsActive(actor, "single"));
        Assert.True(IsActive(actor, "periodic"));
        Assert.False(IsActive(actor, "never started"));

        VirtualTime.Advance(TimeSpan.FromSeconds(1));
        ExpectMsg(new Tick("single"));
        Assert.False(IsActive(actor, "single"));

        Command(actor, t => t.Cancel("periodic"));
        Assert.False(IsActive(actor, "periodic"));
    }

    [Fact]
    public void CancelAll_cancels_every_timer()
    {
        var actor = TimerActor();
        Command(actor, t => t.StartSingleTimer("a", new Tick("a"), TimeSpan.FromSeconds(1)));
        Command(actor, t => t.StartPeriodicTimer("b", new Tick("b"), TimeSpan.FromSeconds(1)));

        Command(actor, t => t.CancelAll());
        VirtualTime.Advance(TimeSpan.FromSeconds(5));

        ExpectNoMsg(Quiet);
    }

    [Fact]
    public void A_restart_cancels_the_timers_of_the_old_instance()
    {
        var actor = TimerActor();
        Command(actor, t => t.StartPeriodicTimer("key", new Tick("from the old instance"), TimeSpan.FromSeconds(1)));

        actor.Tell(Fail.With("boom"), TestActor);
        actor.Tell("ping", TestActor);
        ExpectMsg("pong");
        VirtualTime.Advance(TimeSpan.FromSeconds(3));

        ExpectNoMsg(Quiet);
        Assert.False(IsActive(actor, "key"));
    }

    [Fact]
    public void Stopping_the_actor_cancels_its_timers()
    {
        var actor = TimerActor();
        Command(actor, t => t.StartPeriodicTimer("key", new Tick("after death"), TimeSpan.FromSeconds(1)));
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        VirtualTime.Advance(TimeSpan.FromSeconds(3));

        ExpectNoMsg(Quiet);
    }

    /// <summary>A timer actor; pinned (on a thread of its own) when a test will hold it with <see cref="HoldThen"/>.</summary>
    private IActorRef TimerActor(bool pinned = false)
    {
        var props = Props.Create(() => new TimerActorImpl(TestActor));
        return Sys.ActorOf(pinned ? props.WithDispatcher("orch.actor.pinned-dispatcher") : props);
    }

    /// <summary>Runs <paramref name="command"/> on the actor's timers and waits until it has.</summary>
    private void Command(IActorRef actor, Action<ITimerScheduler> command)
    {
        actor.Tell(new TimerCommand(command), TestActor);
        ExpectMsg("done");
    }

    private bool IsActive(IActorRef actor, string key)
    {
        actor.Tell(new IsActiveQuery(key), TestActor);
        return ExpectMsg<bool>();
    }

    private sealed record Tick(string Name);

    private sealed record TimerCommand(Action<ITimerScheduler> Run);

    private sealed record IsActiveQuery(string Key);

    private sealed record HoldThen(ManualResetEventSlim Gate, Action<ITimerScheduler> Run);

    /// <summary>Reports its ticks to a probe and runs timer commands sent by the test.</summary>
    private sealed class TimerActorImpl : ReceiveActor, IWithTimers
    {
        public TimerActorImpl(IActorRef report)
        {
            Receive<TimerCommand>(c =>
            {
                c.Run(Timers);
                Sender.Tell("done");
            });
            Receive<IsActiveQuery>(q => Sender.Tell(Timers.IsTimerActive(q.Key)));
            Receive<HoldThen>(h =>
            {
                Sender.Tell("holding");
                if (!h.Gate.Wait(TimeSpan.FromSeconds(30)))
                {
                    throw new TimeoutException("The test never released the gate.");
                }

                h.Run(Timers);
            });
            Receive<Fail>(f => f.Throw());
            Receive<string>(s => s == "ping", _ => Sender.Tell("pong"));
            Receive<Tick>(t => report.Tell(t));
        }

        public ITimerScheduler Timers { get; set; } = null!;

    }
}

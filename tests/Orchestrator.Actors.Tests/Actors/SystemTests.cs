using System.Collections.Concurrent;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class SystemTests : ActorSpec
{
    private static readonly TimeSpan ShutdownLimit = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Terminate_stops_every_user_actor_before_any_system_actor()
    {
        var stops = new ConcurrentQueue<string>();
        using var system = ActorSystem.Create("terminate-order");
        var user = system.ActorOf(Props.Create(() => new Recorder(stops, "user")), "u1");
        user.Tell(new CreateChild(Props.Create(() => new Recorder(stops, "user")), "child"), ActorRefs.NoSender);
        system.ActorOf(Props.Create(() => new Recorder(stops, "user")), "u2");
        var extended = (ExtendedActorSystem)system;
        extended.SystemActorOf(Props.Create(() => new Recorder(stops, "system")), "s1");
        extended.SystemActorOf(Props.Create(() => new Recorder(stops, "system")), "s2");
        AwaitCondition(() => stops.Count(s => s.StartsWith("started", StringComparison.Ordinal)) == 5);

        await system.Terminate().WaitAsync(ShutdownLimit);

        var order = stops.Where(s => s.StartsWith("stopped", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "stopped user", "stopped user", "stopped user", "stopped system", "stopped system" }, order);
    }

    [Fact]
    public async Task WhenTerminated_completes_and_Terminate_may_be_called_again()
    {
        using var system = ActorSystem.Create("terminate-twice");
        Assert.False(system.WhenTerminated.IsCompleted);

        await system.Terminate().WaitAsync(ShutdownLimit);
        await system.Terminate().WaitAsync(ShutdownLimit);

        Assert.True(system.WhenTerminated.IsCompletedSuccessfully);
        Assert.Throws<InvalidOperationException>(() => system.ActorOf(Props.Create(() => new Recorder(new ConcurrentQueue<string>(), "late"))));
    }

    [Fact]
    public async Task Creating_actors_while_the_system_terminates_never_stalls_the_termination()
    {
        for (var round = 0; round < 5; round++)
        {
            using var system = ActorSystem.Create($"create-while-terminating-{round}");
            using var started = new ManualResetEventSlim();
            var creator = Task.Run(() =>
            {
                for (var i = 0; i < 5_000 && !system.WhenTerminated.IsCompleted; i++)
                {
                    try
                    {
                        system.ActorOf(Props.Create(() => new Recorder(new ConcurrentQueue<string>(), "late")));
                    }
                    catch (InvalidOperationException)
                    {
                        // The guardian is stopping: expected once termination has begun.
                    }

                    started.Set();
                }
            });
            started.Wait(ShutdownLimit);

            await system.Terminate().WaitAsync(ShutdownLimit);
            await creator.WaitAsync(ShutdownLimit);
        }
    }

    [Fact]
    public void A_PoisonPill_stops_the_actor_after_the_messages_ahead_of_it()
    {
        var lifecycle = CreateTestProbe("lifecycle");
        var actor = Sys.ActorOf(LifecycleActor.Create(lifecycle.Ref, "poisoned"));
        Watch(actor);

        actor.Tell("first", TestActor);
        actor.Tell(PoisonPill.Instance, TestActor);

        ExpectMsg("first");
        ExpectTerminated(actor);
        lifecycle.ExpectMsg("poisoned:prestart");
        lifecycle.ExpectMsg("poisoned:poststop");
    }

    [Fact]
    public void Kill_fails_the_actor_with_ActorKilledException_and_the_default_decider_stops_it()
    {
        var parent = Spawn.Supervisor(Sys, new OneForOneStrategy(Deciders.Reporting(TestActor, SupervisorStrategy.DefaultDecider)));
        var actor = Spawn.ChildOf(this, parent, LifecycleActor.Create(ActorRefs.Nobody, "killed"), "killed");
        Watch(actor);

        actor.Tell(Kill.Instance, TestActor);

        ExpectMsg<ActorKilledException>();
        ExpectTerminated(actor);
    }

    [Fact]
    public void A_failing_top_level_actor_is_restarted_by_the_user_guardian()
    {
        var actor = Sys.ActorOf(LifecycleActor.Create(ActorRefs.Nobody, "top"));
        actor.Tell("inc", TestActor);

        actor.Tell(Fail.With("boom"), TestActor);
        actor.Tell("count", TestActor);

        ExpectMsg(0);
    }

    [Fact]
    public void A_failure_is_logged_as_an_error_with_its_exception()
    {
        var actor = Sys.ActorOf(LifecycleActor.Create(ActorRefs.Nobody, "logged"));

        EventFilter.Exception<InvalidOperationException>(contains: "logged failure")
            .ExpectOne(() => actor.Tell(Fail.With("logged failure"), TestActor));
    }

    [Fact]
    public void Exceptions_in_actors_never_take_down_the_process_or_another_actor()
    {
        var bystander = Sys.ActorOf(LifecycleActor.Create(ActorRefs.Nobody, "bystander"));
        bystander.Tell("inc", TestActor);

        var failing = Sys.ActorOf(LifecycleActor.Create(ActorRefs.Nobody, "failing"));
        failing.Tell(new Fail(new NullReferenceException("in receive")), TestActor);
        failing.Tell(new Fail(new OutOfMemoryException("pretend")), TestActor);
        Sys.ActorOf(Props.Create(() => new ThrowsEverywhere()), "throws-everywhere").Tell("async", TestActor);
        Sys.ActorOf(Props.Create(() => new ThrowsEverywhere()), "stopped").Tell(PoisonPill.Instance, TestActor);
        Sys.ActorOf(Props.Create<ThrowsInConstructor>(), "constructor");
        Sys.Scheduler.Advanced.ScheduleOnce(TimeSpan.Zero, () => throw new InvalidOperationException("in a scheduled action"));

        failing.Tell("count", TestActor);
        ExpectMsg(0);
        bystander.Tell("inc", TestActor);
        bystander.Tell("count", TestActor);
        ExpectMsg(2);
        Assert.False(Sys.WhenTerminated.IsCompleted);
    }

    [Fact]
    public void An_extension_is_made_once_per_system()
    {
        var id = new CounterId();
        Assert.Null(Sys.GetExtension<Counter>());

        var first = id.Get(Sys);
        var second = Sys.RegisterExtension(id);

        Assert.Same(first, second);
        Assert.Same(first, Sys.GetExtension<Counter>());
        Assert.True(Sys.HasExtension<Counter>());
        Assert.Equal(1, id.Made);
    }

    /// <summary>Records "started label" and "stopped label"; creates children on request.</summary>
    private sealed class Recorder : ReceiveActor
    {
        private readonly ConcurrentQueue<string> _log;
        private readonly string _label;

        public Recorder(ConcurrentQueue<string> log, string label)
        {
            _log = log;
            _label = label;
            Receive<CreateChild>(c => Context.ActorOf(c.Props, c.Name));
        }

        protected override void PreStart() => _log.Enqueue($"started {_label}");

        protected override void PostStop() => _log.Enqueue($"stopped {_label}");
    }

    private sealed class ThrowsEverywhere : ReceiveActor
    {
        public ThrowsEverywhere() => ReceiveAsync<string>(async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("in an async handler");
        });

        protected override void PostStop() => throw new InvalidOperationException("in PostStop");
    }

    private sealed class ThrowsInConstructor : ReceiveActor
    {
        public ThrowsInConstructor() => throw new InvalidOperationException("in a constructor");
    }

    private sealed class Counter : IExtension;

    private sealed class CounterId : ExtensionIdProvider<Counter>
    {
        private int _made;

        public int Made => _made;

        public override Counter CreateExtension(ExtendedActorSystem system)
        {
            Interlocked.Increment(ref _made);
            return new Counter();
        }
    }
}

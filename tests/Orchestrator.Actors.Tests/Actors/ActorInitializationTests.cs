using System.Runtime.CompilerServices;
using Orchestrator.Actors.TestKit;

namespace Orchestrator.Actors.Tests.Actors;

/// <summary>Failures of a constructor, PreStart or PostRestart: ActorInitializationException and what supervisors make of it.</summary>
public sealed class ActorInitializationTests : ActorSpec
{
    private readonly TestProbe _lifecycle;

    public ActorInitializationTests() => _lifecycle = CreateTestProbe("lifecycle");

    [Fact]
    public void An_actor_whose_constructor_throws_is_stopped_with_ActorInitializationException()
    {
        var parent = Spawn.Supervisor(Sys, Deciders.OneForOne(TestActor, Directive.Stop));
        parent.Tell(new CreateChild(Props.Create(() => new ThrowingConstructor()), "broken"), TestActor);
        var broken = ExpectMsg<IActorRef>();

        var cause = ExpectMsg<ActorInitializationException>();
        Assert.IsType<InvalidOperationException>(cause.InnerException);
        Assert.Equal(broken, cause.Actor);
    }

    [Fact]
    public void An_actor_whose_PreStart_throws_is_stopped_by_the_default_strategy_without_PostStop()
    {
        var actor = Sys.ActorOf(Props.Create(() => new ThrowingPreStart(_lifecycle.Ref)));
        Watch(actor);

        ExpectTerminated(actor);
        _lifecycle.ExpectMsg("prestart");
        _lifecycle.ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void A_failed_creation_that_the_supervisor_restarts_gets_a_new_instance_and_keeps_the_queued_messages()
    {
        var attempts = new StrongBox<int>();
        var parent = Spawn.Supervisor(Sys, Deciders.OneForOne(TestActor, Directive.Restart));
        parent.Tell(new CreateChild(Props.Create(() => new FailsFirstConstruction(attempts)), "flaky"), TestActor);
        var flaky = ExpectMsg<IActorRef>();
        flaky.Tell("queued", TestActor);

        ExpectMsg<ActorInitializationException>();
        ExpectMsg("queued");
        Assert.Equal(2, attempts.Value);
    }

    [Fact]
    public void A_PostRestart_that_throws_fails_the_actor_again_as_an_initialization_failure()
    {
        var parent = Spawn.Supervisor(Sys, new OneForOneStrategy(Deciders.Reporting(TestActor, SupervisorStrategy.DefaultDecider)));
        var child = Spawn.ChildOf(this, parent, Props.Create(() => new ThrowingPostRestart()), "child");
        Watch(child);

        child.Tell("fail", TestActor);

        ExpectMsg<InvalidOperationException>();
        Assert.IsType<InvalidOperationException>(ExpectMsg<ActorInitializationException>().InnerException);
        ExpectTerminated(child);
    }

    private sealed class ThrowingConstructor : ReceiveActor
    {
        public ThrowingConstructor() => throw new InvalidOperationException("no constructor for you");
    }

    private sealed class ThrowingPreStart(IActorRef probe) : ReceiveActor
    {
        protected override void PreStart()
        {
            probe.Tell("prestart");
            throw new InvalidOperationException("no start for you");
        }

        protected override void PostStop() => probe.Tell("poststop");
    }

    private sealed class FailsFirstConstruction : ReceiveActor
    {
        public FailsFirstConstruction(StrongBox<int> attempts)
        {
            if (Interlocked.Increment(ref attempts.Value) == 1)
            {
                throw new InvalidOperationException("first construction fails");
            }

            Receive<string>(s => Sender.Tell(s));
        }
    }

    private sealed class ThrowingPostRestart : ReceiveActor
    {
        public ThrowingPostRestart() => Receive<string>(_ => throw new InvalidOperationException("boom"));

        protected override void PostRestart(Exception reason) => throw new InvalidOperationException("no restart for you");
    }
}

using Orchestrator.Actors.Persistence;

namespace Orchestrator.Actors.Tests.PersistenceSpecs;

/// <summary><see cref="UntypedPersistentActor"/>: one method for commands, one for recovery.</summary>
public sealed class UntypedPersistentActorTests : PersistenceTestKit
{
    [Fact]
    public void Persists_and_recovers_through_its_two_methods()
    {
        var counter = Sys.ActorOf(Props.Create(() => new Counter()));
        counter.Tell("increment", TestActor);
        counter.Tell("increment", TestActor);
        Assert.Equal(new object[] { 1, 2 }, ReceiveN(2));
        StopAndWait(counter);

        Sys.ActorOf(Props.Create(() => new Counter())).Tell("increment", TestActor);

        ExpectMsg(3);
    }

    [Fact]
    public void Commands_it_does_not_handle_are_published_as_unhandled()
    {
        var counter = Sys.ActorOf(Props.Create(() => new Counter()));
        Sys.EventStream.Subscribe(TestActor, typeof(UnhandledMessage));

        counter.Tell(42, TestActor);

        Assert.Equal(42, ExpectMsg<UnhandledMessage>().Message);
    }

    private sealed class Counter : UntypedPersistentActor
    {
        private int _count;

        public override string PersistenceId => "untyped-counter";

        protected override void OnCommand(object message)
        {
            if (message is "increment")
            {
                Persist(1, delta =>
                {
                    _count += delta;
                    Sender.Tell(_count, Self);
                });
            }
            else
            {
                Unhandled(message);
            }
        }

        protected override void OnRecover(object message)
        {
            if (message is int delta)
            {
                _count += delta;
            }
        }
    }
}

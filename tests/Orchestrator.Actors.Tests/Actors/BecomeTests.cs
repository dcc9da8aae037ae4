using Orchestrator.Actors.Event;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class BecomeTests : ActorSpec
{
    [Fact]
    public void Become_replaces_the_behaviour()
    {
        var actor = Switcher();
        Ask("who", actor, "initial");

        actor.Tell("become happy", TestActor);

        Ask("who", actor, "happy");
    }

    [Fact]
    public void BecomeStacked_and_UnbecomeStacked_walk_back_through_the_behaviours()
    {
        var actor = Switcher();
        actor.Tell("push first", TestActor);
        actor.Tell("push second", TestActor);
        Ask("who", actor, "second");

        actor.Tell("pop", TestActor);
        Ask("who", actor, "first");
        actor.Tell("pop", TestActor);
        Ask("who", actor, "initial");
        actor.Tell("pop", TestActor);
        Ask("who", actor, "initial");
    }

    [Fact]
    public void Become_replaces_only_the_top_of_the_stack()
    {
        var actor = Switcher();
        actor.Tell("push first", TestActor);
        actor.Tell("push second", TestActor);
        actor.Tell("become third", TestActor);
        Ask("who", actor, "third");

        actor.Tell("pop", TestActor);

        Ask("who", actor, "first");
    }

    [Fact]
    public void A_restart_returns_to_the_initial_behaviour()
    {
        var actor = Switcher();
        actor.Tell("become happy", TestActor);
        Ask("who", actor, "happy");

        actor.Tell(Fail.With("boom"), TestActor);

        Ask("who", actor, "initial");
    }

    [Fact]
    public void A_message_the_current_behaviour_does_not_handle_is_published_as_UnhandledMessage()
    {
        var actor = Switcher();
        Sys.EventStream.Subscribe<UnhandledMessage>(TestActor);

        actor.Tell(42, TestActor);

        var unhandled = ExpectMsg<UnhandledMessage>();
        Assert.Equal(42, unhandled.Message);
        Assert.Equal(TestActor, unhandled.Sender);
        Assert.Equal(actor, unhandled.Recipient);
    }

    [Fact]
    public void An_UntypedActor_can_become_another_receive_method()
    {
        var actor = Sys.ActorOf(Props.Create(() => new UntypedSwitcher()));

        actor.Tell("first", TestActor);
        actor.Tell("second", TestActor);

        ExpectMsg("before: first");
        ExpectMsg("after: second");
    }

    private IActorRef Switcher() => Sys.ActorOf(Props.Create(() => new SwitchingActor()));

    private void Ask(string question, IActorRef actor, string expected)
    {
        actor.Tell(question, TestActor);
        ExpectMsg(expected);
    }

    /// <summary>Answers "who" with the name of its behaviour; "become X", "push X" and "pop" switch behaviours.</summary>
    private sealed class SwitchingActor : ReceiveActor
    {
        public SwitchingActor() => Behaviour("initial");


        private void Behaviour(string name)
        {
            Receive<Fail>(f => f.Throw());
            Receive<string>(s => s == "who", _ => Sender.Tell(name));
            Receive<string>(s => s.StartsWith("become ", StringComparison.Ordinal), s => Become(() => Behaviour(s["become ".Length..])));
            Receive<string>(s => s.StartsWith("push ", StringComparison.Ordinal), s => BecomeStacked(() => Behaviour(s["push ".Length..])));
            Receive<string>(s => s == "pop", _ => UnbecomeStacked());
        }
    }

    private sealed class UntypedSwitcher : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            Sender.Tell($"before: {message}");
            Become(m => Sender.Tell($"after: {m}"));
        }
    }
}

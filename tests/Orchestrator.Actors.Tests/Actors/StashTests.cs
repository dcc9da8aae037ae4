using Orchestrator.Actors.Event;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class StashTests : ActorSpec
{
    private const string Config = """
        stash-tests.one-at-a-time {
          type = "thread-pool"
          throughput = 1
        }
        """;

    public StashTests()
        : base(config: Config)
    {
    }

    [Fact]
    public void UnstashAll_replays_the_stashed_messages_in_order_ahead_of_newer_ones()
    {
        var stasher = Stasher();
        foreach (var m in new[] { "m1", "m2", "m3", "m4", "m5", "open", "m6" })
        {
            stasher.Tell(m, TestActor);
        }

        foreach (var m in new[] { "m1", "m2", "m3", "m4", "m5", "m6" })
        {
            ExpectMsg(m);
        }
    }

    [Fact]
    public void Unstash_returns_only_the_oldest_message()
    {
        var stasher = Stasher();
        stasher.Tell("a", TestActor);
        stasher.Tell("b", TestActor);
        stasher.Tell("c", TestActor);
        stasher.Tell("unstash one", TestActor);

        ExpectMsg("a");
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
        stasher.Tell("open", TestActor);
        ExpectMsg("b");
        ExpectMsg("c");
    }

    [Fact]
    public void The_same_message_instance_from_the_same_sender_can_be_stashed_more_than_once()
    {
        const string same = "same";
        var stasher = Stasher();
        stasher.Tell(same, TestActor);
        stasher.Tell(same, TestActor);
        stasher.Tell("open", TestActor);

        ExpectMsg(same);
        ExpectMsg(same);
    }

    [Fact]
    public void Stashing_the_current_message_twice_fails_the_actor()
    {
        var parent = Spawn.Supervisor(Sys, Deciders.OneForOne(TestActor, Directive.Resume));
        var stasher = Spawn.ChildOf(this, parent, Props.Create(() => new StashingActor()), "stasher");

        stasher.Tell("stash twice", TestActor);

        ExpectMsg<InvalidOperationException>();
    }

    [Fact]
    public void Stashed_messages_go_back_to_the_mailbox_when_the_actor_restarts()
    {
        var stasher = Stasher();
        stasher.Tell("a", TestActor);
        stasher.Tell("b", TestActor);
        stasher.Tell(Fail.With("boom"), TestActor);
        stasher.Tell("generation", TestActor);
        stasher.Tell("open", TestActor);

        ExpectMsg("restarted");
        ExpectMsg("a");
        ExpectMsg("b");
    }

    [Fact]
    public void Stashed_messages_become_dead_letters_when_the_actor_stops()
    {
        var stasher = Stasher();
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);
        stasher.Tell("stashed", TestActor);
        stasher.Tell("unstash one", TestActor);
        ExpectMsg("stashed");
        stasher.Tell("kept in the stash", TestActor);
        stasher.Tell("generation", TestActor);
        ExpectMsg("first");

        Sys.Stop(stasher);

        var dead = ExpectMsg<DeadLetter>();
        Assert.Equal("kept in the stash", dead.Message);
        Assert.Equal(TestActor, dead.Sender);
        Assert.Equal(stasher, dead.Recipient);
    }

    [Fact]
    public void UnstashAll_with_a_predicate_returns_the_matching_messages_and_drops_the_rest()
    {
        var stasher = Stasher();
        foreach (var m in new[] { "keep 1", "drop 1", "keep 2", "drop 2", "open keeping" })
        {
            stasher.Tell(m, TestActor);
        }

        ExpectMsg("keep 1");
        ExpectMsg("keep 2");
        stasher.Tell("after", TestActor);
        ExpectMsg("after");
    }

    [Fact]
    public void ClearStash_empties_the_stash_and_hands_back_the_envelopes_in_order()
    {
        var stasher = Stasher();
        stasher.Tell("x", TestActor);
        stasher.Tell("y", TestActor);
        stasher.Tell("clear", TestActor);

        Assert.Equal(new[] { "x", "y" }, ExpectMsg<string[]>());
        stasher.Tell("open", TestActor);
        stasher.Tell("z", TestActor);
        ExpectMsg("z");
    }

    [Fact]
    public void Many_unstashed_messages_are_all_processed_when_each_mailbox_run_takes_one_message()
    {
        var stasher = Sys.ActorOf(Props.Create(() => new StashingActor()).WithDispatcher("stash-tests.one-at-a-time"));
        var messages = Enumerable.Range(0, 50).Select(i => $"m{i}").ToArray();
        foreach (var m in messages)
        {
            stasher.Tell(m, TestActor);
        }

        stasher.Tell("open", TestActor);

        foreach (var m in messages)
        {
            ExpectMsg(m);
        }
    }

    [Fact]
    public void A_second_UnstashAll_puts_its_messages_ahead_of_those_still_waiting_from_the_first()
    {
        var regrouper = Sys.ActorOf(Props.Create(() => new RegroupingActor()));
        foreach (var m in new[] { "a", "b", "c", "open" })
        {
            regrouper.Tell(m, TestActor);
        }

        // "a" is stashed again while "b" and "c" wait from the first UnstashAll; "b" unstashes it in front of "c".
        ExpectMsg("b");
        ExpectMsg("a");
        ExpectMsg("c");
    }

    private IActorRef Stasher() => Sys.ActorOf(Props.Create(() => new StashingActor()));

    /// <summary>Stashes until "open"; then stashes "a" once more, and "b" unstashes it and opens for good.</summary>
    private sealed class RegroupingActor : ReceiveActor, IWithUnboundedStash
    {
        public RegroupingActor() => Receive<string>(s =>
        {
            if (s != "open")
            {
                Stash.Stash();
                return;
            }

            Stash.UnstashAll();
            Become(FirstPass);
        });

        public IStash Stash { get; set; } = null!;

        private void FirstPass() => Receive<string>(s =>
        {
            if (s == "a")
            {
                Stash.Stash();
                return;
            }

            Sender.Tell(s);
            Stash.UnstashAll();
            Become(() => Receive<string>(echo => Sender.Tell(echo)));
        });
    }

    /// <summary>
    /// Stashes strings until "open" (unstash all), "open keeping" (unstash those starting
    /// with "keep"), or "unstash one" (the oldest is answered, then back to stashing); when
    /// open, it echoes strings.
    /// </summary>
    private sealed class StashingActor : ReceiveActor, IWithUnboundedStash
    {
        private bool _restarted;

        public StashingActor() => Closed();

        public IStash Stash { get; set; } = null!;

        protected override void PostRestart(Exception reason) => _restarted = true;


        private void Closed()
        {
            Receive<Fail>(f => f.Throw());
            Receive<string>(s => s == "generation", _ => Sender.Tell(_restarted ? "restarted" : "first"));
            Receive<string>(s => s == "open", _ =>
            {
                Stash.UnstashAll();
                Become(Open);
            });
            Receive<string>(s => s == "open keeping", _ =>
            {
                Stash.UnstashAll(e => e.Message is string text && text.StartsWith("keep", StringComparison.Ordinal));
                Become(Open);
            });
            Receive<string>(s => s == "unstash one", _ =>
            {
                Stash.Unstash();
                BecomeStacked(AnswerOne);
            });
            Receive<string>(s => s == "clear", _ => Sender.Tell(Stash.ClearStash().Select(e => (string)e.Message).ToArray()));
            Receive<string>(s => s == "stash twice", _ =>
            {
                Stash.Stash();
                Stash.Stash();
            });
            Receive<string>(_ => Stash.Stash());
        }

        private void AnswerOne() => Receive<string>(s =>
        {
            Sender.Tell(s);
            UnbecomeStacked();
        });

        private void Open()
        {
            Receive<string>(s => s == "generation", _ => Sender.Tell(_restarted ? "restarted" : "first"));
            Receive<string>(s => Sender.Tell(s));
        }
    }
}

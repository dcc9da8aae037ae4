using System.Runtime.CompilerServices;
using Orchestrator.Actors.Event;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class DeadLetterTests : ActorSpec
{
    private const string Config = """
        orch.log-dead-letters = 3
        dead-letter-tests.tiny-mailbox {
          mailbox-type = "bounded"
          mailbox-capacity = 2
        }
        """;

    public DeadLetterTests()
        : base(config: Config)
    {
    }

    [Fact]
    public void A_message_to_a_stopped_actor_is_published_as_a_DeadLetter_with_sender_and_recipient()
    {
        var actor = StoppedActor();
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);
        var sender = CreateTestProbe("sender");

        actor.Tell("hello?", sender.Ref);

        var dead = ExpectMsg<DeadLetter>();
        Assert.Equal("hello?", dead.Message);
        Assert.Equal(sender.Ref, dead.Sender);
        Assert.Equal(actor, dead.Recipient);
    }

    [Fact]
    public void A_message_without_a_sender_names_dead_letters_as_its_sender()
    {
        var actor = StoppedActor();
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        actor.Tell("anonymous", null);

        Assert.Equal(Sys.DeadLetters, ExpectMsg<DeadLetter>().Sender);
    }

    [Fact]
    public async Task Every_message_sent_while_actors_stop_is_either_processed_or_a_DeadLetter()
    {
        const int Actors = 500, Rounds = 40, Senders = 2;
        var processed = new StrongBox<int>();
        var dead = new StrongBox<int>();
        var counters = Enumerable.Range(0, Actors).Select(_ => Sys.ActorOf(Props.Create(() => new CountingActor(processed)))).ToArray();
        Sys.EventStream.Subscribe(Sys.ActorOf(Props.Create(() => new DeadLetterCounter(dead))), typeof(DeadLetter));
        using var start = new Barrier(Senders + 1);

        var senders = Enumerable.Range(0, Senders).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var counter in counters)
                {
                    counter.Tell(round, null);
                }
            }
        })).ToArray();
        start.SignalAndWait();
        foreach (var counter in counters)
        {
            Sys.Stop(counter);
        }

        await Task.WhenAll(senders);

        // Many actors close while messages go in: the race between a post and the last clean-up happens often.
        AwaitCondition(() => Volatile.Read(ref processed.Value) + Volatile.Read(ref dead.Value) == Actors * Rounds * Senders, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void A_message_that_overflows_a_bounded_mailbox_becomes_a_DeadLetter()
    {
        var actor = Sys.ActorOf(LifecycleActor.CreatePinned(ActorRefs.Nobody, "bounded").WithMailbox("dead-letter-tests.tiny-mailbox"));
        using var gate = new ManualResetEventSlim();
        actor.Tell(new Block(gate), TestActor);
        ExpectMsg("blocked");
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        actor.Tell("fits 1", TestActor);
        actor.Tell("fits 2", TestActor);
        actor.Tell("overflows", TestActor);

        Assert.Equal("overflows", ExpectMsg<DeadLetter>().Message);
        gate.Set();
        ExpectMsg("fits 1");
        ExpectMsg("fits 2");
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Messages_behind_a_PoisonPill_become_dead_letters()
    {
        var actor = Sys.ActorOf(LifecycleActor.Create(ActorRefs.Nobody, "poisoned"));
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        actor.Tell("before", TestActor);
        actor.Tell(PoisonPill.Instance, TestActor);
        actor.Tell("after", TestActor);

        ExpectMsg("before");
        Assert.Equal("after", ExpectMsg<DeadLetter>().Message);
    }

    [Fact]
    public void A_message_to_a_selection_that_matches_nothing_becomes_a_DeadLetter()
    {
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        Sys.ActorSelection("/user/nobody-here").Tell("lost", TestActor);

        Assert.Equal("lost", ExpectMsg<DeadLetter>().Message);
    }

    [Fact]
    public void A_message_told_to_DeadLetters_is_published()
    {
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        Sys.DeadLetters.Tell("straight there", TestActor);

        var dead = ExpectMsg<DeadLetter>();
        Assert.Equal("straight there", dead.Message);
        Assert.Equal(TestActor, dead.Sender);
    }

    [Fact]
    public void A_dead_letter_for_a_dead_subscriber_of_dead_letters_is_dropped_rather_than_published_again()
    {
        var deadSubscriber = StoppedActor();
        Sys.EventStream.Subscribe<DeadLetter>(deadSubscriber);
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        deadSubscriber.Tell("lost", TestActor);

        Assert.Equal("lost", ExpectMsg<DeadLetter>().Message);
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public void Dead_letters_are_logged()
    {
        var actor = StoppedActor();

        EventFilter.Info(contains: "was not delivered").ExpectOne(() => actor.Tell("logged", TestActor));
    }

    [Fact]
    public void Only_the_configured_number_of_dead_letters_is_logged_and_then_the_limit_is_said_once()
    {
        var actor = StoppedActor();
        Sys.EventStream.Subscribe<LogEvent>(TestActor);
        Sys.EventStream.Subscribe<UnhandledMessage>(TestActor);

        TellMany(actor, 7);

        // The listener leaves this unhandled once it has seen every dead letter before it.
        Sys.ActorSelection("/system/deadLetterListener").Tell("done?", TestActor);
        var logged = new List<string>();
        while (ReceiveOne() is { } message and not UnhandledMessage)
        {
            if (message is LogEvent log)
            {
                logged.Add(log.Message);
            }
        }

        Assert.Equal(3, logged.Count(m => m.Contains("was not delivered", StringComparison.Ordinal)));
        Assert.Single(logged, m => m.Contains("further dead letters are not logged", StringComparison.Ordinal));
    }

    [Fact]
    public void The_dead_letter_event_filter_sees_the_dead_letter()
    {
        var actor = StoppedActor();

        EventFilter.DeadLetter<string>(m => m == "filtered").ExpectOne(() => actor.Tell("filtered", TestActor));
    }

    private void TellMany(IActorRef actor, int count)
    {
        for (var i = 0; i < count; i++)
        {
            actor.Tell($"lost {i}", TestActor);
        }
    }

    private IActorRef StoppedActor() => Spawn.Stopped(this, LifecycleActor.Create(ActorRefs.Nobody, "stopped"));

    private sealed class CountingActor(StrongBox<int> processed) : UntypedActor
    {
        protected override void OnReceive(object message) => Interlocked.Increment(ref processed.Value);
    }

    private sealed class DeadLetterCounter(StrongBox<int> dead) : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            if (message is DeadLetter { Message: int })
            {
                Interlocked.Increment(ref dead.Value);
            }
        }
    }
}

using Orchestrator.Actors.Event;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class OrderingTests : ActorSpec
{
    private const int MessagesPerSender = 2_000;

    private const string Config = """
        ordering-tests.one-at-a-time {
          type = "thread-pool"
          throughput = 1
        }
        """;

    public OrderingTests()
        : base(config: Config)
    {
    }

    [Theory]
    [InlineData(Props.DefaultDispatcherId)]
    [InlineData("ordering-tests.one-at-a-time")]
    public async Task Many_concurrent_senders_each_see_their_order_kept_and_the_receiver_never_runs_concurrently(string dispatcher)
    {
        const int actorSenders = 8;
        const int threadSenders = 4;
        var receiver = Sys.ActorOf(Props.Create(() => new Receiver(TestActor, (actorSenders + threadSenders) * MessagesPerSender)).WithDispatcher(dispatcher));
        var senders = Enumerable.Range(0, actorSenders)
            .Select(i => Sys.ActorOf(Props.Create(() => new NumberedSender(receiver, $"actor-{i}"))))
            .ToList();

        foreach (var sender in senders)
        {
            sender.Tell("go", TestActor);
        }

        await Task.WhenAll(Enumerable.Range(0, threadSenders).Select(i => Task.Run(() => SendNumbered(receiver, $"thread-{i}", TestActor))));

        var report = ExpectMsg<Report>(TimeSpan.FromSeconds(30));
        Assert.Equal(actorSenders + threadSenders, report.Senders);
        Assert.Empty(report.OutOfOrder);
        Assert.Equal(1, report.MostAtOnce);
    }

    [Fact]
    public void A_stop_overtakes_the_user_messages_already_queued()
    {
        var actor = Sys.ActorOf(LifecycleActor.CreatePinned(ActorRefs.Nobody, "a"));
        using var gate = new ManualResetEventSlim();
        actor.Tell(new Block(gate), TestActor);
        ExpectMsg("blocked");
        actor.Tell("first", TestActor);
        actor.Tell("second", TestActor);
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        Sys.Stop(actor);
        gate.Set();

        Assert.Equal("first", ExpectMsg<DeadLetter>().Message);
        Assert.Equal("second", ExpectMsg<DeadLetter>().Message);
    }

    [Fact]
    public void Replies_come_back_in_the_order_of_the_requests()
    {
        var echo = Sys.ActorOf(LifecycleActor.Create(ActorRefs.Nobody, "echo"));
        for (var i = 0; i < 1_000; i++)
        {
            echo.Tell($"m{i}", TestActor);
        }

        for (var i = 0; i < 1_000; i++)
        {
            ExpectMsg($"m{i}");
        }
    }

    private static void SendNumbered(IActorRef receiver, string senderId, IActorRef? sender)
    {
        for (var i = 0; i < MessagesPerSender; i++)
        {
            receiver.Tell(new Numbered(senderId, i), sender);
        }
    }

    private sealed record Numbered(string SenderId, int Sequence);

    private sealed record Report(int Senders, IReadOnlyList<string> OutOfOrder, int MostAtOnce);

    private sealed class NumberedSender : ReceiveActor
    {
        public NumberedSender(IActorRef receiver, string id) => Receive<string>(_ => SendNumbered(receiver, id, Self));
    }

    /// <summary>Checks each sender's sequence and counts how many threads are inside it at once.</summary>
    private sealed class Receiver : ReceiveActor
    {
        private readonly Dictionary<string, int> _next = [];
        private readonly List<string> _outOfOrder = [];
        private int _inside;
        private int _mostAtOnce;
        private int _received;

        public Receiver(IActorRef report, int expected) => Receive<Numbered>(m =>
        {
            var inside = Interlocked.Increment(ref _inside);
            _mostAtOnce = Math.Max(_mostAtOnce, inside);
            Thread.SpinWait(20);
            var next = _next.GetValueOrDefault(m.SenderId);
            if (m.Sequence != next)
            {
                _outOfOrder.Add($"{m.SenderId}: expected {next}, got {m.Sequence}");
            }

            _next[m.SenderId] = m.Sequence + 1;
            if (++_received == expected)
            {
                report.Tell(new Report(_next.Count, _outOfOrder, _mostAtOnce));
            }

            Interlocked.Decrement(ref _inside);
        });
    }
}

using Orchestrator.Actors.Event;

namespace Orchestrator.Actors.Tests.Actors;

public sealed class AskTests : ActorSpec
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(5);

    public AskTests()
        : base(config: "orch.actor.ask-timeout = 3s", useVirtualTime: true)
    {
    }

    [Fact]
    public async Task Ask_completes_with_the_reply()
    {
        var echo = Sys.ActorOf(Props.Create(() => new Answerer()));

        Assert.Equal("hello", await echo.Ask<string>("hello", Long));
    }

    [Fact]
    public async Task An_answer_just_before_the_timeout_wins()
    {
        var answerer = Sys.ActorOf(Props.Create(() => new Answerer()));
        var ask = answerer.Ask<string>(new Question("later"), Long);

        VirtualTime.Advance(Long - TimeSpan.FromMilliseconds(1));
        answerer.Tell("answer now", TestActor);

        Assert.Equal("later", await ask);
    }

    [Fact]
    public async Task Ask_fails_with_AskTimeoutException_naming_the_target_when_no_reply_comes_in_time()
    {
        var answerer = Sys.ActorOf(Props.Create(() => new Answerer()), "slow");
        var ask = answerer.Ask<string>(new Question("never"), Long);

        VirtualTime.Advance(Long);

        var error = await Assert.ThrowsAsync<AskTimeoutException>(() => ask);
        Assert.Contains("/user/slow", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_without_a_timeout_uses_the_configured_ask_timeout()
    {
        var answerer = Sys.ActorOf(Props.Create(() => new Answerer()));
        var ask = answerer.Ask<string>(new Question("never"));

        VirtualTime.Advance(TimeSpan.FromSeconds(3));

        await Assert.ThrowsAsync<AskTimeoutException>(() => ask);
    }

    [Fact]
    public async Task A_reply_of_another_type_fails_the_ask_with_InvalidCastException()
    {
        var echo = Sys.ActorOf(Props.Create(() => new Answerer()));

        await Assert.ThrowsAsync<InvalidCastException>(() => echo.Ask<int>("not a number", Long));
    }

    [Fact]
    public async Task A_Status_Failure_reply_fails_the_ask_with_its_cause()
    {
        var echo = Sys.ActorOf(Props.Create(() => new Answerer()));
        var cause = new InvalidOperationException("refused");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => echo.Ask<string>(new Status.Failure(cause), Long));
        Assert.Same(cause, error);
    }

    [Fact]
    public async Task A_Status_Success_reply_completes_the_ask_with_its_value()
    {
        var echo = Sys.ActorOf(Props.Create(() => new Answerer()));

        Assert.Equal(42, await echo.Ask<int>(new Status.Success(42), Long));
    }

    [Fact]
    public async Task Cancelling_the_token_cancels_the_ask()
    {
        var answerer = Sys.ActorOf(Props.Create(() => new Answerer()));
        using var cancellation = new CancellationTokenSource();
        var ask = answerer.Ask<string>(new Question("never"), Long, cancellation.Token);

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ask);
    }

    [Fact]
    public async Task Asking_a_selection_reaches_the_selected_actor()
    {
        Sys.ActorOf(Props.Create(() => new Answerer()), "selected");

        Assert.Equal("hi", await Sys.ActorSelection("/user/selected").Ask<string>("hi", Long));
    }

    [Fact]
    public async Task Asking_a_dead_actor_publishes_a_dead_letter_and_times_out()
    {
        var answerer = Spawn.Stopped(this, Props.Create(() => new Answerer()));
        Sys.EventStream.Subscribe<DeadLetter>(TestActor);

        var ask = answerer.Ask<string>("anyone?", Long);

        var dead = ExpectMsg<DeadLetter>();
        Assert.Equal("anyone?", dead.Message);
        Assert.Equal(answerer, dead.Recipient);
        VirtualTime.Advance(Long);
        await Assert.ThrowsAsync<AskTimeoutException>(() => ask);
    }

    [Fact]
    public async Task Many_concurrent_asks_each_get_their_own_reply()
    {
        var echo = Sys.ActorOf(Props.Create(() => new Answerer()));

        var replies = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => echo.Ask<string>($"m{i}", Long)));

        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"m{i}"), replies);
    }

    private sealed record Question(string Answer);

    /// <summary>Echoes strings at once; holds a <see cref="Question"/> until "answer now" arrives.</summary>
    private sealed class Answerer : ReceiveActor
    {
        private (IActorRef Asker, string Answer)? _pending;

        public Answerer()
        {
            Receive<Question>(q => _pending = (Sender, q.Answer));
            Receive<string>(s => s == "answer now", _ => _pending?.Asker.Tell(_pending.Value.Answer));
            ReceiveAny(m => Sender.Tell(m));
        }
    }
}

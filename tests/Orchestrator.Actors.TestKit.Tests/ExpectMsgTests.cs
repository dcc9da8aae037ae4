using Orchestrator.Actors.TestKit.Tests.Support;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class ExpectMsgTests(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void Returns_the_next_message_of_the_expected_type()
    {
        TestActor.Tell(new Pong(1), null);

        Assert.Equal(new Pong(1), ExpectMsg<Pong>());
    }

    [Fact]
    public void Fails_on_a_message_of_another_type_and_does_not_skip_it()
    {
        TestActor.Tell("first", null);
        TestActor.Tell(new Pong(2), null);

        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsg<Pong>());

        Assert.Contains("expected a message of type Pong", failure.Message, StringComparison.Ordinal);
        Assert.Contains("received \"first\" (String)", failure.Message, StringComparison.Ordinal);
        Assert.Contains(" after ", failure.Message, StringComparison.Ordinal);
        Assert.Equal(new Pong(2), ExpectMsg<Pong>());
    }

    [Fact]
    public void Fails_when_no_message_arrives_within_the_timeout()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsg<Pong>(Short));

        Assert.Contains("timeout (100 ms)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("no message arrived", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predicate_accepts_a_matching_message()
    {
        TestActor.Tell(new Pong(7), null);

        Assert.Equal(7, ExpectMsg<Pong>(p => p.N == 7).N);
    }

    [Fact]
    public void Predicate_rejects_a_message_that_does_not_match_and_names_the_hint()
    {
        TestActor.Tell(new Pong(8), null);

        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsg<Pong>(p => p.N == 7, hint: "the seventh pong"));

        Assert.Contains("matching the predicate (the seventh pong)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Pong { N = 8 }", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_form_compares_with_Equals()
    {
        TestActor.Tell(new Pong(3), null);
        TestActor.Tell("hello", null);

        Assert.Equal(new Pong(3), ExpectMsg(new Pong(3)));
        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsg("goodbye"));

        Assert.Contains("expected \"goodbye\" (String) but received \"hello\" (String)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assertion_form_runs_the_assertion_and_lets_its_failure_through()
    {
        TestActor.Tell(new Pong(4), null);
        TestActor.Tell(new Pong(5), null);

        ExpectMsg<Pong>(p => Assert.Equal(4, p.N));
        Assert.ThrowsAny<XunitException>(() => ExpectMsg<Pong>(p => Assert.Equal(4, p.N)));
    }

    [Fact]
    public void LastSender_is_the_sender_of_each_message_received()
    {
        var first = Sys.ActorOf(Props.Create<EchoActor>(), "first");
        var second = Sys.ActorOf(Props.Create<EchoActor>(), "second");

        first.Tell("a", TestActor);
        ExpectMsg("a");
        Assert.Equal(first, LastSender);

        second.Tell("b", TestActor);
        ExpectMsg("b");
        Assert.Equal(second, LastSender);
        Assert.Equal("b", LastMessage);
    }

    [Fact]
    public async Task Async_forms_expect_like_the_blocking_ones()
    {
        TestActor.Tell(new Pong(9), null);

        Assert.Equal(9, (await ExpectMsgAsync<Pong>()).N);
        await Assert.ThrowsAsync<TestKitAssertionException>(() => ExpectMsgAsync<Pong>(Short));
        TestActor.Tell(new Pong(10), null);
        await Assert.ThrowsAsync<TestKitAssertionException>(() => ExpectMsgAsync<Pong>(p => p.N == 1));
    }

    [Fact]
    public void Tell_from_the_test_has_the_test_actor_as_implicit_sender()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());

        echo.Tell("ping");

        ExpectMsg("ping");
        Assert.Equal(echo, LastSender);
    }

    [Fact]
    public async Task Tell_from_an_async_test_has_the_test_actor_as_implicit_sender()
    {
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        await Task.Yield();

        echo.Tell("ping");

        Assert.Equal("ping", await ExpectMsgAsync<string>());
    }

    private sealed record Pong(int N);
}

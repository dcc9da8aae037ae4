using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class ExpectManyTests(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(150);

    [Fact]
    public void AllOf_accepts_the_messages_in_any_order_and_returns_them_as_received()
    {
        Send("c", "a", "b");

        Assert.Equal(["c", "a", "b"], ExpectMsgAllOf("a", "b", "c"));
    }

    [Fact]
    public void AllOf_fails_on_a_message_it_does_not_expect()
    {
        Send("a", "x", "b");

        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsgAllOf("a", "b"));

        Assert.Contains("unexpected \"x\" (String)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("still expecting [\"b\" (String)]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllOf_fails_when_one_is_missing_and_lists_it()
    {
        Send("a");

        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsgAllOf(Short, "a", "b"));

        Assert.Contains("1 of 2 messages missing: [\"b\" (String)]", failure.Message, StringComparison.Ordinal);
        Assert.Contains("received: [\"a\" (String)]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllOf_counts_duplicates()
    {
        Send("a", "b");

        Assert.Throws<TestKitAssertionException>(() => ExpectMsgAllOf(Short, "a", "a"));
    }

    [Fact]
    public void AnyOf_accepts_one_of_the_messages()
    {
        Send("b");

        Assert.Equal("b", ExpectMsgAnyOf("a", "b"));
    }

    [Fact]
    public void AnyOf_fails_on_another_message()
    {
        Send("z");

        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectMsgAnyOf("a", "b"));

        Assert.Contains("expected one of [\"a\" (String), \"b\" (String)] but received \"z\" (String)", failure.Message, StringComparison.Ordinal);
    }

    private void Send(params string[] messages)
    {
        foreach (var message in messages)
        {
            TestActor.Tell(message, null);
        }

        // The negative expectations below use short timeouts: make sure everything sent has arrived first.
        AwaitCondition(() => QueuedMessages == messages.Length, null, TimeSpan.FromMilliseconds(5));
    }
}

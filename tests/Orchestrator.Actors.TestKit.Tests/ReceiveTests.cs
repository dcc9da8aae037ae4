using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class ReceiveTests(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void ReceiveOne_returns_the_next_message_or_null_on_timeout()
    {
        Assert.False(HasMessages);
        TestActor.Tell(1, null);

        AwaitCondition(() => HasMessages);
        Assert.Equal(1, ReceiveOne());
        Assert.False(HasMessages);
        Assert.Null(ReceiveOne(TimeSpan.FromMilliseconds(30)));
    }

    [Fact]
    public void ReceiveN_returns_exactly_that_many_in_order()
    {
        Send(1, 2, 3, 4);

        Assert.Equal([1, 2, 3], ReceiveN(3));
        Assert.Equal(4, ReceiveOne());
    }

    [Fact]
    public void ReceiveN_fails_when_too_few_arrive_and_shows_them()
    {
        Send(1, 2);

        var failure = Assert.Throws<TestKitAssertionException>(() => ReceiveN(3, Short));

        Assert.Contains("expecting 3 messages; got 2: [1 (Int32), 2 (Int32)]", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReceiveWhile_collects_until_the_filter_declines_and_leaves_that_message()
    {
        Send("a", "b", 42, "c");

        var strings = ReceiveWhile(m => m as string, Short);

        Assert.Equal(["a", "b"], strings);
        Assert.Equal(42, ReceiveOne());
        Assert.Equal("c", ReceiveOne());
    }

    [Fact]
    public void ReceiveWhile_stops_at_the_message_limit()
    {
        Send("a", "b", "c");

        Assert.Equal(["a", "b"], ReceiveWhile(m => m as string, Short, maxMessages: 2));
        Assert.Equal("c", ReceiveOne());
    }

    [Fact]
    public void ReceiveWhile_stops_when_idle()
    {
        Send("a");

        var collected = Within(TimeSpan.FromSeconds(5), () => ReceiveWhile(m => m as string, TimeSpan.FromSeconds(30), idle: TimeSpan.FromMilliseconds(50)));

        Assert.Equal(["a"], collected);
    }

    [Fact]
    public void FishForMessage_skips_until_the_predicate_holds()
    {
        Send(1, "skip", 2, 3);

        Assert.Equal(2, FishForMessage(m => m is 2));
        Assert.Equal(3, ReceiveOne());
    }

    [Fact]
    public void Typed_FishForMessage_skips_other_types()
    {
        Send("x", 5, "y");

        Assert.Equal("y", FishForMessage<string>(s => s == "y"));
    }

    [Fact]
    public void FishForMessage_fails_on_timeout_listing_what_it_skipped()
    {
        Send(1, 2);

        var failure = Assert.Throws<TestKitAssertionException>(() => FishForMessage<string>(_ => true, Short, "a string"));

        Assert.Contains("fishing for a String matching the predicate (a string)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("skipped 2: [1 (Int32), 2 (Int32)]", failure.Message, StringComparison.Ordinal);
    }

    private void Send(params object[] messages)
    {
        foreach (var message in messages)
        {
            TestActor.Tell(message, null);
        }

        // The negative expectations below use short timeouts: make sure everything sent has arrived first.
        AwaitCondition(() => QueuedMessages == messages.Length, null, TimeSpan.FromMilliseconds(5));
    }
}

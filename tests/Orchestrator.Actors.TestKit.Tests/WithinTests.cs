using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class WithinTests(ITestOutputHelper output) : TestKit(output)
{
    [Fact]
    public void Passes_when_the_block_finishes_in_time_and_returns_its_result()
    {
        TestActor.Tell("now", null);

        Assert.Equal("now", Within(TimeSpan.FromSeconds(5), () => ExpectMsg<string>()));
    }

    [Fact]
    public void Fails_when_the_block_takes_longer_than_the_maximum()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() =>
            Within(TimeSpan.FromMilliseconds(50), () => ReceiveOne(TimeSpan.FromMilliseconds(200))));

        Assert.Contains("more than the maximum of 50 ms", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_when_the_block_finishes_sooner_than_the_minimum()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() =>
            Within(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), () => { }));

        Assert.Contains("less than the minimum of 1 s", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_between_minimum_and_maximum()
    {
        Sys.Scheduler.ScheduleTellOnceCancelable(TimeSpan.FromMilliseconds(150), TestActor, "late", null);

        Within(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(5), () => ExpectMsg("late"));
    }

    [Fact]
    public void Expectations_inside_use_the_time_left()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() =>
            Within(TimeSpan.FromMilliseconds(150), () => ExpectMsg<string>()));

        Assert.DoesNotContain("timeout (3 s)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ExpectMsg: timeout (", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_blocks_cannot_outlast_the_enclosing_one()
    {
        Within(TimeSpan.FromSeconds(2), () =>
            Within(TimeSpan.FromSeconds(30), () => Assert.InRange(Remaining, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(2))));
    }

    [Fact]
    public void Remaining_is_only_defined_inside_a_block_and_RemainingOrDefault_falls_back()
    {
        Assert.Throws<InvalidOperationException>(() => Remaining);
        Assert.Equal(TimeSpan.FromSeconds(3), RemainingOrDefault);
        Within(TimeSpan.FromSeconds(1), () => Assert.InRange(RemainingOrDefault, TimeSpan.Zero, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_block_ending_with_ExpectNoMsg_may_overrun()
    {
        Within(TimeSpan.FromMilliseconds(50), () => ExpectNoMsg(TimeSpan.FromMilliseconds(120)));
    }

    [Fact]
    public async Task Async_block_is_checked_against_minimum_and_maximum()
    {
        TestActor.Tell("now", null);
        await WithinAsync(TimeSpan.FromSeconds(5), async () => await ExpectMsgAsync<string>());

        await Assert.ThrowsAsync<TestKitAssertionException>(() => WithinAsync(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), () => Task.CompletedTask));
        await Assert.ThrowsAsync<TestKitAssertionException>(() =>
            WithinAsync(TimeSpan.FromMilliseconds(50), async () => await ReceiveOneAsync(TimeSpan.FromMilliseconds(200))));
    }
}

using Xunit.Abstractions;
using Xunit.Sdk;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class AwaitTests(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan Fast = TimeSpan.FromMilliseconds(5);

    [Fact]
    public void AwaitAssert_retries_until_the_assertion_passes()
    {
        var attempts = 0;

        AwaitAssert(() => Assert.Equal(3, ++attempts), TimeSpan.FromSeconds(5), Fast);

        Assert.Equal(3, attempts);
    }

    [Fact]
    public void AwaitAssert_rethrows_the_last_failure_after_the_duration()
    {
        var attempts = 0;

        var failure = Assert.Throws<EqualException>(() => AwaitAssert(() => Assert.Equal(-1, ++attempts), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(10)));

        Assert.True(attempts > 1, $"expected retries, got {attempts} attempt(s)");
        Assert.Contains(attempts.ToString(System.Globalization.CultureInfo.InvariantCulture), failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AwaitAssertAsync_retries_and_rethrows_like_the_blocking_form()
    {
        var attempts = 0;
        await AwaitAssertAsync(
            () =>
            {
                Assert.Equal(2, ++attempts);
                return Task.CompletedTask;
            },
            TimeSpan.FromSeconds(5),
            Fast);

        await Assert.ThrowsAsync<TrueException>(() => AwaitAssertAsync(
            () =>
            {
                Assert.True(false);
                return Task.CompletedTask;
            },
            TimeSpan.FromMilliseconds(50),
            Fast));
    }

    [Fact]
    public void AwaitCondition_returns_once_the_condition_holds()
    {
        var checks = 0;

        AwaitCondition(() => ++checks == 3, TimeSpan.FromSeconds(5), Fast);

        Assert.Equal(3, checks);
    }

    [Fact]
    public void AwaitCondition_fails_with_its_message_after_the_timeout()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() => AwaitCondition(() => false, TimeSpan.FromMilliseconds(100), "the moon is blue"));

        Assert.Contains("timeout (100 ms) expired while waiting for the condition (the moon is blue)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AwaitConditionAsync_returns_or_fails_like_the_blocking_form()
    {
        var flag = false;
        Sys.Scheduler.Advanced.ScheduleOnce(TimeSpan.FromMilliseconds(20), () => Volatile.Write(ref flag, true));

        await AwaitConditionAsync(() => Volatile.Read(ref flag));
        await Assert.ThrowsAsync<TestKitAssertionException>(() => AwaitConditionAsync(() => false, TimeSpan.FromMilliseconds(50)));
    }
}

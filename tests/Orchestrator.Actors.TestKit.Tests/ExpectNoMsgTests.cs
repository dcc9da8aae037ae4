using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class ExpectNoMsgTests(ITestOutputHelper output) : TestKit(output)
{
    [Fact]
    public void Passes_when_nothing_arrives()
    {
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));

        Assert.False(HasMessages);
    }

    [Fact]
    public void Fails_when_a_message_arrives_and_says_which()
    {
        TestActor.Tell("surprise", null);
        AwaitCondition(() => HasMessages);

        var failure = Assert.Throws<TestKitAssertionException>(() => ExpectNoMsg(TimeSpan.FromMilliseconds(200)));

        Assert.Contains("expected no message for 200 ms but received \"surprise\" (String)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fails_for_a_message_that_arrives_during_the_wait()
    {
        Sys.Scheduler.ScheduleTellOnceCancelable(TimeSpan.FromMilliseconds(20), TestActor, "late", null);

        Assert.Throws<TestKitAssertionException>(() => ExpectNoMsg(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void Without_a_duration_waits_the_configured_default()
    {
        var took = Within(TimeSpan.FromSeconds(5), () =>
        {
            var start = TimeProvider.System.GetTimestamp();
            ExpectNoMsg();
            return TimeProvider.System.GetElapsedTime(start);
        });

        Assert.InRange(took, TimeSpan.FromMilliseconds(90), TimeSpan.FromSeconds(5));
        Assert.Equal(TimeSpan.FromMilliseconds(100), TestKitSettings.ExpectNoMessageDefault);
    }

    [Fact]
    public async Task Async_form_fails_like_the_blocking_one()
    {
        await ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50));
        TestActor.Tell("surprise", null);
        await AwaitConditionAsync(() => HasMessages);

        await Assert.ThrowsAsync<TestKitAssertionException>(() => ExpectNoMsgAsync(TimeSpan.FromMilliseconds(50)));
    }
}

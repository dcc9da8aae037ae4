using Microsoft.Extensions.Logging;
using Orchestrator.Actors.TestKit.Tests.Support;
using Xunit.Abstractions;

namespace Orchestrator.Actors.TestKit.Tests;

public sealed class EventFilterLogTests(ITestOutputHelper output) : TestKit(output)
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(150);

    [Fact]
    public void Exception_filter_sees_an_actor_failure()
    {
        var crashing = Sys.ActorOf(Props.Create<CrashingActor>());

        EventFilter.Exception<InvalidOperationException>(message: "boom").ExpectOne(() => crashing.Tell("boom", null));
    }

    [Fact]
    public void Exception_filter_fails_when_nothing_fails()
    {
        var crashing = Sys.ActorOf(Props.Create<CrashingActor>());

        var failure = Assert.Throws<TestKitAssertionException>(() =>
            EventFilter.Exception<InvalidOperationException>().Expect(1, () => crashing.Tell(42, null), Short));

        Assert.Contains("waiting for 1 log events carrying a InvalidOperationException; got 0", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exception_filter_ignores_other_exception_types()
    {
        Assert.Throws<TestKitAssertionException>(() =>
            EventFilter.Exception<ArgumentException>().Expect(1, () => TestLog.Error(Sys.Log, "wrong kind", new InvalidOperationException("x")), Short));
    }

    [Fact]
    public void Exception_filter_counts_exactly()
    {
        var crashing = Sys.ActorOf(Props.Create<CrashingActor>());

        EventFilter.Exception<InvalidOperationException>(contains: "crash").Expect(3, () =>
        {
            crashing.Tell("crash 1", null);
            crashing.Tell("crash 2", null);
            crashing.Tell("crash 3", null);
        });
    }

    [Fact]
    public void Error_filter_fails_on_too_many_and_says_how_many()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() => EventFilter.Error(start: "disk").ExpectOne(() =>
        {
            TestLog.Error(Sys.Log, "disk full");
            TestLog.Error(Sys.Log, "disk gone");
        }));

        Assert.Contains("expected 1 Error log events starting with \"disk\" but got 2, 1 too many", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_filter_fails_on_too_few_and_shows_the_other_events()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() =>
            EventFilter.Error(message: "exact").Expect(2, () => TestLog.Error(Sys.Log, "exact"), Short));

        Assert.Contains("waiting for 2 Error log events with message \"exact\"; got 1", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_filters_match_only_their_level()
    {
        EventFilter.Warning(contains: "careful").ExpectOne(() =>
        {
            TestLog.Error(Sys.Log, "careful: error");
            TestLog.Warning(Sys.Log, "careful: warning");
        });
        EventFilter.Info(message: "hello").ExpectOne(() => TestLog.Info(Sys.Log, "hello"));
        Assert.Throws<TestKitAssertionException>(() => EventFilter.Debug().Expect(1, () => TestLog.Debug(Sys.Log, "below orch.loglevel"), Short));
    }

    [Fact]
    public void Source_matches_the_logger_category()
    {
        var logger = Sys.LoggerFactory.CreateLogger("Orchestrator.Tests.Source");

        EventFilter.Warning(source: "Orchestrator.Tests.Source").ExpectOne(() =>
        {
            TestLog.Warning(Sys.Log, "from the system logger");
            TestLog.Warning(logger, "from the category");
        });
    }

    [Fact]
    public void Expecting_zero_fails_when_one_arrives()
    {
        EventFilter.Error().Expect(0, () => TestLog.Warning(Sys.Log, "only a warning"));

        Assert.Throws<TestKitAssertionException>(() => EventFilter.Error().Expect(0, () => TestLog.Error(Sys.Log, "an error")));
    }

    [Fact]
    public void Custom_filter_uses_the_predicate_and_ExpectOne_returns_the_result()
    {
        var result = EventFilter.Custom(e => e.Message.EndsWith('!')).ExpectOne(() =>
        {
            TestLog.Warning(Sys.Log, "loud!");
            return 7;
        });

        Assert.Equal(7, result);
    }

    [Fact]
    public void A_throwing_predicate_fails_the_filter_and_not_the_logger()
    {
        var failure = Assert.Throws<TestKitAssertionException>(() =>
            EventFilter.Custom(_ => throw new FormatException("bad predicate")).ExpectOne(() => TestLog.Warning(Sys.Log, "logged fine")));

        Assert.IsType<FormatException>(failure.InnerException);
    }

    [Fact]
    public async Task Async_forms_count_like_the_blocking_ones()
    {
        var crashing = Sys.ActorOf(Props.Create<CrashingActor>());

        await EventFilter.Exception<InvalidOperationException>().ExpectOneAsync(async () =>
        {
            await Task.Yield();
            crashing.Tell("async crash", null);
        });
        await Assert.ThrowsAsync<TestKitAssertionException>(() =>
            EventFilter.Exception<InvalidOperationException>().ExpectAsync(1, () => Task.CompletedTask, Short));
    }

    [Fact]
    public void A_failing_action_propagates_and_leaves_no_subscription_behind()
    {
        Assert.Throws<FormatException>(() => EventFilter.Error().ExpectOne(() => throw new FormatException("action failed")));

        EventFilter.Error().ExpectOne(() => TestLog.Error(Sys.Log, "after"));
    }
}

using Orchestrator.Actors.Pattern;

namespace Orchestrator.Actors.Tests.Pattern;

/// <summary><see cref="Backoff.OnFailure(Props, string, TimeSpan, TimeSpan, double)"/>: failures restart the child after a growing back-off.</summary>
public sealed class BackoffSupervisorOnFailureTests : BackoffTestKit
{
    [Fact]
    public void Restarts_a_failed_child_after_min_backoff_and_not_before()
    {
        var (supervisor, child) = Supervise(Backoff.OnFailure(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0));

        FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Back_off_doubles_with_each_restart_and_is_capped_at_max_backoff()
    {
        var options = Backoff.OnFailure(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4), 0).WithManualReset();
        var (supervisor, child) = Supervise(options);

        foreach (var seconds in new[] { 1, 2, 4, 4 })
        {
            child = FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(seconds));
        }

        Assert.Equal(4, RestartCountOf(supervisor));
    }

    [Fact]
    public void The_random_factor_adds_at_most_its_fraction_to_the_delay()
    {
        var (supervisor, child) = Supervise(Backoff.OnFailure(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0.5));
        child.Tell("fail", TestActor);
        AwaitBackingOff(supervisor);

        VirtualTime.Advance(TimeSpan.FromSeconds(1) - OneMs);
        Starts.ExpectNoMsg(Negative);
        VirtualTime.Advance(TimeSpan.FromMilliseconds(501));

        ExpectStart();
    }

    [Fact]
    public void The_restart_count_resets_once_the_child_has_run_for_the_reset_period()
    {
        var options = Backoff.OnFailure(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0).WithAutoReset(TimeSpan.FromSeconds(5));
        var (supervisor, child) = Supervise(options);
        child = FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(1));
        child = FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(2));

        VirtualTime.Advance(TimeSpan.FromSeconds(5) - OneMs);
        Assert.Equal(2, RestartCountOf(supervisor));
        VirtualTime.Advance(OneMs);
        Assert.Equal(0, RestartCountOf(supervisor));

        FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void A_child_that_fails_again_before_the_reset_period_keeps_backing_off_longer()
    {
        var (supervisor, child) = Supervise(Backoff.OnFailure(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), 0));
        child = FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(1));

        // Auto reset defaults to minBackoff (as in Akka): half of it is not enough.
        VirtualTime.Advance(TimeSpan.FromMilliseconds(500));

        FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void A_child_that_stops_by_itself_stops_the_supervisor()
    {
        var (supervisor, child) = Supervise(Backoff.OnFailure(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0));
        Watch(supervisor);

        child.Tell("stop", TestActor);

        ExpectTerminated(supervisor);
    }

    [Fact]
    public void A_failure_the_strategy_stops_for_stops_the_supervisor_without_back_off()
    {
        var options = Backoff.OnFailure(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0)
            .WithSupervisorStrategy(new OneForOneStrategy(_ => Directive.Stop));
        var (supervisor, child) = Supervise(options);
        Watch(supervisor);

        child.Tell("fail", TestActor);

        ExpectTerminated(supervisor);
        Starts.ExpectNoMsg(Negative);
    }

    [Fact]
    public void The_supervisor_stops_when_the_max_number_of_retries_is_used_up()
    {
        var options = Backoff.OnFailure(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0, maxNrOfRetries: 2);
        var (supervisor, child) = Supervise(options);
        Watch(supervisor);
        child = FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(1));
        child = FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(2));

        child.Tell("fail", TestActor);

        ExpectTerminated(supervisor);
        VirtualTime.Advance(TimeSpan.FromSeconds(10));
        Starts.ExpectNoMsg(Negative);
    }

    [Fact]
    public void Delays_follow_min_backoff_doubled_capped_then_scaled_by_one_plus_a_random_fraction()
    {
        var min = TimeSpan.FromSeconds(1);
        var max = TimeSpan.FromSeconds(10);
        for (var restart = 0; restart < 8; restart++)
        {
            var expected = TimeSpan.FromTicks(Math.Min(max.Ticks, min.Ticks << restart));
            Assert.Equal(expected, BackoffSupervisor.CalculateDelay(restart, min, max, 0));
            var delays = Enumerable.Range(0, 1000).Select(_ => BackoffSupervisor.CalculateDelay(restart, min, max, 0.2)).ToList();
            Assert.All(delays, delay => Assert.InRange(delay, expected, expected * 1.2));
            Assert.Contains(delays, delay => delay < expected * 1.1);
            Assert.Contains(delays, delay => delay > expected * 1.1);
        }

        Assert.Equal(max, BackoffSupervisor.CalculateDelay(int.MaxValue, min, max, 0));
    }
}

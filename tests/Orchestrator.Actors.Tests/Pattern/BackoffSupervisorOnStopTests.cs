using Orchestrator.Actors.Pattern;

namespace Orchestrator.Actors.Tests.Pattern;

/// <summary><see cref="Backoff.OnStop(Props, string, TimeSpan, TimeSpan, double)"/>: a child that stops is started again after a back-off.</summary>
public sealed class BackoffSupervisorOnStopTests : BackoffTestKit
{
    [Fact]
    public void Starts_a_stopped_child_again_after_the_back_off()
    {
        var (supervisor, child) = Supervise(Backoff.OnStop(ChildProps(Starts), "child", TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), 0));

        child = FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(2), how: "stop");

        FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(4), how: "stop");
    }

    [Fact]
    public void A_failing_child_is_restarted_in_place_by_the_default_strategy()
    {
        var (supervisor, child) = Supervise(Backoff.OnStop(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0));

        child.Tell("fail", TestActor);

        Assert.Equal(child, ExpectStart());
        Assert.Equal(child, CurrentChildOf(supervisor));
        Assert.Equal(0, RestartCountOf(supervisor));
    }

    [Fact]
    public void With_the_default_stopping_strategy_a_failure_backs_off_too()
    {
        var options = Backoff.OnStop(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0).WithDefaultStoppingStrategy();
        var (supervisor, child) = Supervise(options);

        FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void The_supervisor_stops_when_the_max_number_of_retries_is_used_up()
    {
        var options = Backoff.OnStop(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0, maxNrOfRetries: 1);
        var (supervisor, child) = Supervise(options);
        Watch(supervisor);
        child = FailAndExpectRestartAfter(supervisor, child, TimeSpan.FromSeconds(1), how: "stop");

        child.Tell("stop", TestActor);

        ExpectTerminated(supervisor);
    }

    [Fact]
    public void After_the_final_stop_message_the_child_stopping_stops_the_supervisor()
    {
        var options = Backoff.OnStop(ChildProps(Starts), "child", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0)
            .WithFinalStopMessage(message => message is "shut down");
        var (supervisor, child) = Supervise(options);
        Watch(supervisor);

        supervisor.Tell("shut down", TestActor);
        ExpectMsg("shut down");
        child.Tell("stop", TestActor);

        ExpectTerminated(supervisor);
    }
}

using Orchestrator.Actors.TestKit;
using static Orchestrator.Actors.CoordinatedShutdown;

namespace Orchestrator.Actors.Tests.Shutdown;

/// <summary>How a run performs the phases: order, concurrency, timeouts, recovery, skipping.</summary>
public sealed class CoordinatedShutdownPhaseTests : TestKit.TestKit
{
    // The system stays up after a run, so that each test sees only its own phases' effects.
    // Phases are written out of order to show that depends-on, not position, orders them.
    private const string Phases = """
        orch.coordinated-shutdown {
          terminate-actor-system = off
          run-by-actor-system-terminate = off
          run-by-clr-shutdown-hook = off
          phases {
            c { depends-on = [b] }
            b { depends-on = [a] }
            a { timeout = 10s }
            skipped { depends-on = [c], enabled = off }
            strict { depends-on = [skipped], recover = off, timeout = 10s }
            after-strict { depends-on = [strict] }
          }
        }
        """;

    private static readonly TimeSpan Negative = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    private readonly CoordinatedShutdown _shutdown;

    public CoordinatedShutdownPhaseTests()
        : base(config: Phases, useVirtualTime: true) => _shutdown = Get(Sys);

    [Fact]
    public async Task Phases_run_in_dependency_order_each_after_the_one_before_has_completed()
    {
        var gate = new TaskCompletionSource<Done>(TaskCreationOptions.RunContinuationsAsynchronously);
        _shutdown.AddTask("c", "record-c", () => Record("c"));
        _shutdown.AddTask("b", "record-b", () => Record("b"));
        _shutdown.AddTask("a", "record-a", () =>
        {
            TestActor.Tell("a", null);
            return gate.Task;
        });

        var run = _shutdown.Run(UnknownReason.Instance);

        ExpectMsg("a");
        ExpectNoMsg(Negative);
        gate.SetResult(Done.Instance);
        ExpectMsg("b");
        ExpectMsg("c");
        await run.WaitAsync(Generous);
        var order = _shutdown.OrderedPhases.ToList();
        Assert.True(order.IndexOf("a") < order.IndexOf("b") && order.IndexOf("b") < order.IndexOf("c"), string.Join(", ", order));
    }

    [Fact]
    public async Task Tasks_of_one_phase_run_concurrently()
    {
        // Each task waits for the other to have started: run one after the other, phase a would never end
        // (its timeout is on virtual time, which this test does not advance).
        var oneStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var twoStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _shutdown.AddTask("a", "one", () => StartThenAwait(oneStarted, twoStarted.Task));
        _shutdown.AddTask("a", "two", () => StartThenAwait(twoStarted, oneStarted.Task));
        _shutdown.AddTask("b", "record-b", () => Record("b"));

        var run = _shutdown.Run(UnknownReason.Instance);

        ExpectMsg("b");
        await run.WaitAsync(Generous);
    }

    [Fact]
    public async Task A_phase_that_times_out_with_recover_on_logs_a_warning_and_the_run_goes_on()
    {
        _shutdown.AddTask("a", "hangs", () => Hang("hanging"));
        _shutdown.AddTask("b", "record-b", () => Record("b"));

        var run = _shutdown.Run(UnknownReason.Instance);

        ExpectMsg("hanging");
        VirtualTime.Advance(TimeSpan.FromSeconds(9));
        ExpectNoMsg(Negative);
        EventFilter.Warning(contains: "phase [a] timed out after").ExpectOne(() => VirtualTime.Advance(TimeSpan.FromSeconds(1)));
        ExpectMsg("b");
        await run.WaitAsync(Generous);
    }

    [Fact]
    public async Task A_failing_task_with_recover_on_logs_a_warning_and_the_run_goes_on()
    {
        _shutdown.AddTask("a", "throws", () => throw new InvalidOperationException("thrown"));
        _shutdown.AddTask("a", "faults", () => Task.FromException<Done>(new InvalidOperationException("faulted")));
        _shutdown.AddTask("b", "record-b", () => Record("b"));
        Task<Done>? run = null;

        EventFilter.Warning(contains: "failed in phase [a]").Expect(2, () => run = _shutdown.Run(UnknownReason.Instance));

        ExpectMsg("b");
        await run!.WaitAsync(Generous);
    }

    [Fact]
    public async Task A_failing_task_with_recover_off_fails_the_run_and_skips_the_remaining_phases()
    {
        _shutdown.AddTask("strict", "faults", () => Task.FromException<Done>(new InvalidOperationException("strict failure")));
        _shutdown.AddTask("after-strict", "record", () => Record("after-strict"));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _shutdown.Run(UnknownReason.Instance).WaitAsync(Generous));

        Assert.Equal("strict failure", failure.Message);
        ExpectNoMsg(Negative);
    }

    [Fact]
    public async Task A_phase_that_times_out_with_recover_off_fails_the_run_and_skips_the_remaining_phases()
    {
        _shutdown.AddTask("strict", "hangs", () => Hang("hanging"));
        _shutdown.AddTask("after-strict", "record", () => Record("after-strict"));
        var run = _shutdown.Run(UnknownReason.Instance);
        ExpectMsg("hanging");

        VirtualTime.Advance(TimeSpan.FromSeconds(10));

        var failure = await Assert.ThrowsAsync<TimeoutException>(() => run.WaitAsync(Generous));
        Assert.Contains("[strict]", failure.Message, StringComparison.Ordinal);
        ExpectNoMsg(Negative);
    }

    [Fact]
    public async Task Run_is_idempotent_returns_the_same_task_and_keeps_the_first_reason()
    {
        var runs = 0;
        _shutdown.AddTask("a", "count", () =>
        {
            Interlocked.Increment(ref runs);
            return Done.CompletedTask;
        });
        Assert.Null(_shutdown.ShutdownReason);

        var first = _shutdown.Run(ClusterLeavingReason.Instance);
        var second = _shutdown.Run(UnknownReason.Instance);

        Assert.Same(first, second);
        await first.WaitAsync(Generous);
        Assert.Same(first, _shutdown.Run(ClusterDowningReason.Instance));
        Assert.Same(ClusterLeavingReason.Instance, _shutdown.ShutdownReason);
        Assert.Equal(1, Volatile.Read(ref runs));
    }

    [Fact]
    public async Task A_disabled_phase_is_skipped_and_the_next_phases_run()
    {
        _shutdown.AddTask("c", "record-c", () => Record("c"));
        _shutdown.AddTask("skipped", "record-skipped", () => Record("skipped"));
        _shutdown.AddTask("after-strict", "record-after", () => Record("after-strict"));

        await _shutdown.Run(UnknownReason.Instance).WaitAsync(Generous);

        ExpectMsg("c");
        ExpectMsg("after-strict");
        ExpectNoMsg(Negative);
    }

    [Fact]
    public async Task Run_from_a_phase_skips_the_phases_ordered_before_it()
    {
        _shutdown.AddTask("a", "record-a", () => Record("a"));
        _shutdown.AddTask("b", "record-b", () => Record("b"));
        _shutdown.AddTask("c", "record-c", () => Record("c"));

        await _shutdown.Run(UnknownReason.Instance, fromPhase: "b").WaitAsync(Generous);

        ExpectMsg("b");
        ExpectMsg("c");
        ExpectNoMsg(Negative);
    }

    [Fact]
    public async Task A_task_of_an_earlier_phase_may_add_a_task_to_a_later_phase()
    {
        _shutdown.AddTask("a", "adds", () =>
        {
            _shutdown.AddTask("c", "added", () => Record("added"));
            return Done.CompletedTask;
        });

        await _shutdown.Run(UnknownReason.Instance).WaitAsync(Generous);

        ExpectMsg("added");
    }

    [Fact]
    public void Unknown_phases_are_rejected_by_AddTask_Run_and_Timeout()
    {
        var addTask = Assert.Throws<ArgumentException>(() => _shutdown.AddTask("no-such-phase", "task", () => Done.CompletedTask));
        Assert.Contains("[no-such-phase]", addTask.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => { _ = _shutdown.Run(UnknownReason.Instance, fromPhase: "no-such-phase"); });
        Assert.Throws<ArgumentException>(() => _shutdown.Timeout("no-such-phase"));
        Assert.Null(_shutdown.ShutdownReason);
    }

    [Fact]
    public void Timeouts_come_from_the_phase_or_else_the_default_and_add_up_over_phases_with_tasks()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), _shutdown.Timeout("a"));
        Assert.Equal(TimeSpan.FromSeconds(5), _shutdown.Timeout("b"));
        Assert.Equal(TimeSpan.FromSeconds(10), _shutdown.Timeout(PhaseActorSystemTerminate));
        Assert.Equal(TimeSpan.Zero, _shutdown.TotalTimeout);

        _shutdown.AddTask("a", "one", () => Done.CompletedTask);
        _shutdown.AddTask("b", "two", () => Done.CompletedTask);
        _shutdown.AddTask("skipped", "never", () => Done.CompletedTask);

        Assert.Equal(TimeSpan.FromSeconds(15), _shutdown.TotalTimeout);
    }

    private Task<Done> Record(string name)
    {
        TestActor.Tell(name, null);
        return Done.CompletedTask;
    }

    private Task<Done> Hang(string started)
    {
        TestActor.Tell(started, null);
        return new TaskCompletionSource<Done>().Task;
    }

    private static async Task<Done> StartThenAwait(TaskCompletionSource started, Task other)
    {
        started.SetResult();
        await other;
        return Done.Instance;
    }
}

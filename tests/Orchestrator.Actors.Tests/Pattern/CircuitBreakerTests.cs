using Orchestrator.Actors.Pattern;

namespace Orchestrator.Actors.Tests.Pattern;

/// <summary><see cref="CircuitBreaker"/>: closed, open, half-open, with Akka's semantics, on virtual time.</summary>
public sealed class CircuitBreakerTests : TestKit.TestKit
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ResetTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan OneMs = TimeSpan.FromMilliseconds(1);

    private readonly CircuitBreaker _breaker;

    public CircuitBreakerTests()
        : base(useVirtualTime: true) =>
        _breaker = new CircuitBreaker(Sys.Scheduler, maxFailures: 3, CallTimeout, ResetTimeout);

    [Fact]
    public async Task A_closed_breaker_passes_calls_and_their_results_through()
    {
        Assert.Equal(42, await _breaker.WithCircuitBreaker(_ => Task.FromResult(42)));

        Assert.True(_breaker.IsClosed);
    }

    [Fact]
    public async Task A_success_resets_the_count_of_consecutive_failures()
    {
        await FailCalls(2);

        await _breaker.WithCircuitBreaker(_ => Task.CompletedTask);

        Assert.Equal(0, _breaker.CurrentFailureCount);
        await FailCalls(2);
        Assert.True(_breaker.IsClosed);
    }

    [Fact]
    public async Task Max_failures_open_it_and_then_calls_fail_fast_without_running()
    {
        await FailCalls(3);
        var ran = false;

        var refused = await Assert.ThrowsAsync<CircuitBreakerOpenException>(() => _breaker.WithCircuitBreaker(_ =>
        {
            ran = true;
            return Task.CompletedTask;
        }));

        Assert.True(_breaker.IsOpen);
        Assert.False(ran);
        Assert.Equal(ResetTimeout, refused.RemainingDuration);
    }

    [Fact]
    public async Task It_becomes_half_open_after_the_reset_timeout_and_not_before()
    {
        await FailCalls(3);

        VirtualTime.Advance(ResetTimeout - OneMs);
        Assert.True(_breaker.IsOpen);
        Assert.Equal(OneMs, (await Assert.ThrowsAsync<CircuitBreakerOpenException>(Succeed)).RemainingDuration);
        VirtualTime.Advance(OneMs);

        Assert.True(_breaker.IsHalfOpen);
    }

    [Fact]
    public async Task A_successful_trial_call_closes_it()
    {
        await FailCalls(3);
        VirtualTime.Advance(ResetTimeout);

        await Succeed();

        Assert.True(_breaker.IsClosed);
        Assert.Equal(0, _breaker.CurrentFailureCount);
    }

    [Fact]
    public async Task A_failed_trial_call_opens_it_again_for_a_whole_reset_timeout()
    {
        await FailCalls(3);
        VirtualTime.Advance(ResetTimeout);

        await FailCalls(1);

        Assert.True(_breaker.IsOpen);
        VirtualTime.Advance(ResetTimeout - OneMs);
        Assert.True(_breaker.IsOpen);
        VirtualTime.Advance(OneMs);
        Assert.True(_breaker.IsHalfOpen);
    }

    [Fact]
    public async Task Half_open_lets_only_one_trial_call_through()
    {
        await FailCalls(3);
        VirtualTime.Advance(ResetTimeout);
        var trial = new TaskCompletionSource();

        var first = _breaker.WithCircuitBreaker(_ => trial.Task);
        await Assert.ThrowsAsync<CircuitBreakerOpenException>(Succeed);
        trial.SetResult();
        await first;

        Assert.True(_breaker.IsClosed);
    }

    [Fact]
    public async Task A_call_slower_than_the_call_timeout_fails_counts_and_has_its_token_cancelled()
    {
        var token = CancellationToken.None;
        var call = _breaker.WithCircuitBreaker(t =>
        {
            token = t;
            return new TaskCompletionSource().Task;
        });

        VirtualTime.Advance(CallTimeout - OneMs);
        Assert.False(call.IsCompleted);
        VirtualTime.Advance(OneMs);

        await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.True(token.IsCancellationRequested);
        Assert.Equal(1, _breaker.CurrentFailureCount);
    }

    [Fact]
    public async Task A_body_that_throws_synchronously_counts_as_a_failure()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => _breaker.WithCircuitBreaker<int>(_ => throw new InvalidOperationException("sync")));

        Assert.Equal(1, _breaker.CurrentFailureCount);
    }

    [Fact]
    public async Task Transition_callbacks_run_on_open_half_open_and_close()
    {
        var transitions = new List<string>();
        _breaker.OnOpen(() => transitions.Add("open")).OnHalfOpen(() => transitions.Add("half-open")).OnClose(() => transitions.Add("closed"));

        await FailCalls(3);
        VirtualTime.Advance(ResetTimeout);
        await Succeed();

        Assert.Equal(["open", "half-open", "closed"], transitions);
    }

    [Fact]
    public void Settings_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CircuitBreaker(Sys.Scheduler, 0, CallTimeout, ResetTimeout));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CircuitBreaker(Sys.Scheduler, 1, TimeSpan.Zero, ResetTimeout));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CircuitBreaker(Sys.Scheduler, 1, CallTimeout, TimeSpan.Zero));
    }

    private Task Succeed() => _breaker.WithCircuitBreaker(_ => Task.CompletedTask);

    private async Task FailCalls(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await Assert.ThrowsAsync<IOException>(() => _breaker.WithCircuitBreaker(_ => Task.FromException(new IOException("down"))));
        }
    }
}

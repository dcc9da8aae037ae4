using Orchestrator.Actors.Scheduling;

namespace Orchestrator.Actors.Pattern;

/// <summary>
/// Protects a resource (a database, a remote service) from calls it cannot serve, as Akka's
/// <c>CircuitBreaker</c>. <b>Closed</b>: calls go through; a failure (an exception, or no completion
/// within <see cref="CallTimeout"/>) counts, a success resets the count, and <see cref="MaxFailures"/>
/// consecutive failures open the breaker. <b>Open</b>: calls fail at once with
/// <see cref="CircuitBreakerOpenException"/>; after <see cref="ResetTimeout"/> the breaker becomes
/// <b>half-open</b>: one trial call goes through (others still fail fast); its success closes the
/// breaker, its failure opens it again. Time comes from the scheduler, so tests can use virtual time.
/// Thread-safe.
/// </summary>
public sealed partial class CircuitBreaker
{
    private const int Closed = 0;
    private const int Open = 1;
    private const int HalfOpen = 2;

    private readonly IScheduler _scheduler;
    private Action? _onOpen;
    private Action? _onHalfOpen;
    private Action? _onClose;
    private int _state;
    private int _failureCount;
    private int _trialCallStarted;
    private long _openedAtTicks;

    /// <summary>A closed breaker.</summary>
    /// <param name="scheduler">Its clock times the call timeout and the reset timeout.</param>
    /// <param name="maxFailures">Consecutive failures that open the breaker; at least 1.</param>
    /// <param name="callTimeout">A call that takes longer counts as failed (and its caller gets a <see cref="TimeoutException"/>); positive or infinite.</param>
    /// <param name="resetTimeout">How long the breaker stays open before a trial call; positive.</param>
    public CircuitBreaker(IScheduler scheduler, int maxFailures, TimeSpan callTimeout, TimeSpan resetTimeout)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);
        if (callTimeout <= TimeSpan.Zero && callTimeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(callTimeout), callTimeout, "The call timeout must be positive or infinite.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(resetTimeout, TimeSpan.Zero);
        _scheduler = scheduler;
        MaxFailures = maxFailures;
        CallTimeout = callTimeout;
        ResetTimeout = resetTimeout;
    }

    /// <summary>Consecutive failures that open the breaker.</summary>
    public int MaxFailures { get; }

    /// <summary>The longest a call may take before it counts as failed.</summary>
    public TimeSpan CallTimeout { get; }

    /// <summary>How long the breaker stays open before it lets a trial call through.</summary>
    public TimeSpan ResetTimeout { get; }

    /// <summary>True while calls go through normally.</summary>
    public bool IsClosed => Volatile.Read(ref _state) == Closed;

    /// <summary>True while calls fail fast.</summary>
    public bool IsOpen => Volatile.Read(ref _state) == Open;

    /// <summary>True while one trial call decides whether the breaker closes or opens again.</summary>
    public bool IsHalfOpen => Volatile.Read(ref _state) == HalfOpen;

    /// <summary>Consecutive failures counted while closed.</summary>
    public int CurrentFailureCount => Volatile.Read(ref _failureCount);

    /// <summary>Adds a callback run (on the thread that makes the transition) each time the breaker opens; it must not throw.</summary>
    public CircuitBreaker OnOpen(Action callback) => AddCallback(ref _onOpen, callback);

    /// <summary>Adds a callback run each time the breaker becomes half-open; it must not throw.</summary>
    public CircuitBreaker OnHalfOpen(Action callback) => AddCallback(ref _onHalfOpen, callback);

    /// <summary>Adds a callback run each time the breaker closes again; it must not throw.</summary>
    public CircuitBreaker OnClose(Action callback) => AddCallback(ref _onClose, callback);

    /// <summary>Runs <paramref name="body"/> through the breaker; the token is cancelled when the call times out.</summary>
    public async Task WithCircuitBreaker(Func<CancellationToken, Task> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        await WithCircuitBreaker<bool>(async token =>
        {
            await body(token).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="body"/> through the breaker and returns its result. Fails with
    /// <see cref="CircuitBreakerOpenException"/> without calling it while the breaker is open (or half-open
    /// with its trial call under way), and with <see cref="TimeoutException"/> when it takes longer than
    /// <see cref="CallTimeout"/>; the token given to the body is then cancelled.
    /// </summary>
    public async Task<T> WithCircuitBreaker<T>(Func<CancellationToken, Task<T>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var state = Volatile.Read(ref _state);
        if (state == Open || (state == HalfOpen && Interlocked.Exchange(ref _trialCallStarted, 1) == 1))
        {
            throw new CircuitBreakerOpenException(RemainingOpenDuration());
        }

        T result;
        try
        {
            result = await CallWithTimeout(body).ConfigureAwait(false);
        }
        catch (Exception)
        {
            CallFailed(state);
            throw;
        }

        CallSucceeded(state);
        return result;
    }

    private async Task<T> CallWithTimeout<T>(Func<CancellationToken, Task<T>> body)
    {
        if (CallTimeout == Timeout.InfiniteTimeSpan)
        {
            return await body(CancellationToken.None).ConfigureAwait(false);
        }

        // One timer, the token's: it both cancels the body and ends the wait.
        var cancellation = new CancellationTokenSource(CallTimeout, _scheduler.TimeProvider);
        Task<T> call;
        try
        {
            call = body(cancellation.Token);
        }
        catch (Exception e)
        {
            call = Task.FromException<T>(e);
        }

        try
        {
            var result = await call.WaitAsync(cancellation.Token).ConfigureAwait(false);
            cancellation.Dispose();
            return result;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The body may still hold the token, so the source is left to the GC rather than disposed under it.
            _ = call.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw new TimeoutException($"The call did not complete within the circuit breaker's call timeout of {CallTimeout}.");
        }
        catch
        {
            cancellation.Dispose();
            throw;
        }
    }
}

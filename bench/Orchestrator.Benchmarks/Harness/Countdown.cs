namespace Orchestrator.Benchmarks.Harness;

/// <summary>
/// Completes a task when it has been signalled a given number of times, from any threads.
/// The continuation runs asynchronously, so the last signaller (an actor's thread) is not
/// hijacked by the awaiting measurement code.
/// </summary>
public sealed class Countdown
{
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _remaining;

    /// <summary>A countdown of <paramref name="count"/> signals (at least one).</summary>
    public Countdown(long count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _remaining = count;
    }

    /// <summary>Completes once every signal has arrived.</summary>
    public Task Completed => _completed.Task;

    /// <summary>Signals that another one is done.</summary>
    public void Signal()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _completed.TrySetResult();
        }
    }

    /// <summary>Waits for completion; throws <see cref="TimeoutException"/> naming <paramref name="what"/> when it takes longer than <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        try
        {
            await Completed.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{what}: {Interlocked.Read(ref _remaining)} signals still missing after {timeout.TotalSeconds:0} s.");
        }
    }
}

using Microsoft.Extensions.Logging;

namespace Orchestrator.Actors.Persistence.Query;

/// <summary>
/// The highest ordering a read journal knows to be settled (every lower one is visible or never will be),
/// shared by all its live queries, which wait on it rather than each polling on its own. It rises when
/// the journal in this process announces a commit and, while any live query listens, at every poll of
/// the store, which is how writes from other processes are noticed.
/// </summary>
internal sealed partial class JournalHead : IDisposable
{
    private readonly Func<CancellationToken, Task<long>> _readHighest;
    private readonly TimeSpan _refreshInterval;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private long _highest;
    private TaskCompletionSource _advanced = NewSignal();
    private int _listeners;
    private CancellationTokenSource? _polling;
    private bool _disposed;

    public JournalHead(Func<CancellationToken, Task<long>> readHighest, TimeSpan refreshInterval, TimeProvider timeProvider, ILogger logger)
    {
        _readHighest = readHighest;
        _refreshInterval = refreshInterval;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The highest settled ordering known so far.</summary>
    public long Highest
    {
        get
        {
            lock (_lock)
            {
                return _highest;
            }
        }
    }

    /// <summary>Raises the head to <paramref name="ordering"/> (a lower value is ignored) and wakes the waiting queries.</summary>
    public void Advance(long ordering)
    {
        TaskCompletionSource advanced;
        lock (_lock)
        {
            if (ordering <= _highest)
            {
                return;
            }

            _highest = ordering;
            advanced = _advanced;
            _advanced = NewSignal();
        }

        advanced.TrySetResult();
    }

    /// <summary>Reads the store's highest ordering now, raises the head to it and returns the head.</summary>
    public async Task<long> RefreshAsync(CancellationToken cancellationToken)
    {
        Advance(await _readHighest(cancellationToken));
        return Highest;
    }

    /// <summary>Completes with the head once it is above <paramref name="ordering"/>.</summary>
    public async Task<long> WaitBeyondAsync(long ordering, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task advanced;
            lock (_lock)
            {
                if (_highest > ordering)
                {
                    return _highest;
                }

                advanced = _advanced.Task;
            }

            await advanced.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Registers a live query: the store is polled while at least one is registered. Dispose to unregister.
    /// Once the head is disposed (the read journal stopped, which cancels its queries) nothing is polled.
    /// </summary>
    public IDisposable Listen()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return NotListening.Instance;
            }

            if (_listeners++ == 0 && _refreshInterval != Timeout.InfiniteTimeSpan)
            {
                _polling = new CancellationTokenSource();
                _ = PollAsync(_polling);
            }
        }

        return new Listener(this);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            StopPolling();
        }
    }

    private void Unlisten()
    {
        lock (_lock)
        {
            if (--_listeners == 0)
            {
                StopPolling();
            }
        }
    }

    private void StopPolling()
    {
        // The poll loop disposes its source when it sees the cancellation.
        _polling?.Cancel();
        _polling = null;
    }

    private async Task PollAsync(CancellationTokenSource polling)
    {
        var cancellationToken = polling.Token;
        using var timer = new PeriodicTimer(_refreshInterval, _timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                try
                {
                    Advance(await _readHighest(cancellationToken));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The store may be down for a while: keep polling; the queries' own reads report failures.
                    Log.PollFailed(_logger, e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // No live query listens any more.
        }
        finally
        {
            polling.Dispose();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class NotListening : IDisposable
    {
        public static NotListening Instance { get; } = new();

        public void Dispose()
        {
        }
    }

    private sealed class Listener(JournalHead head) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                head.Unlisten();
            }
        }
    }
}

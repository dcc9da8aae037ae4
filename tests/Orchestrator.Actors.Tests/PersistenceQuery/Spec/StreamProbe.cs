using System.Threading.Channels;

namespace Orchestrator.Actors.Tests.PersistenceQuery;

/// <summary>
/// Consumes a query's stream in the background, so a test can expect its items one by one with a deadline,
/// check that nothing more comes, and see how it ended (completed, failed or cancelled). Disposing cancels it.
/// </summary>
public sealed class StreamProbe<T> : IAsyncDisposable
{
    /// <summary>The deadline of positive expectations: generous, since the machine may be busy.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Channel<T> _items = Channel.CreateUnbounded<T>();
    private readonly CancellationTokenSource _cancellation = new();
    private readonly Task _pump;

    public StreamProbe(IAsyncEnumerable<T> stream)
    {
        _pump = Task.Run(() => PumpAsync(stream));
    }

    /// <summary>Completes when the stream has ended, with its exception when it failed or was cancelled.</summary>
    public Task Completion => _items.Reader.Completion;

    /// <summary>The next item, failing when none arrives within <paramref name="timeout"/> (default <see cref="Patience"/>) or the stream ends.</summary>
    public async Task<T> ExpectNextAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? Patience);
        try
        {
            return await _items.Reader.ReadAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"No item within {(timeout ?? Patience).TotalSeconds} s.");
        }
        catch (ChannelClosedException e)
        {
            throw new InvalidOperationException("The stream ended instead of delivering an item.", e.InnerException ?? e);
        }
    }

    /// <summary>The next <paramref name="count"/> items, all within <paramref name="timeout"/> (default <see cref="Patience"/>).</summary>
    public async Task<List<T>> ExpectNextNAsync(int count, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? Patience);
        var items = new List<T>(count);
        try
        {
            while (items.Count < count)
            {
                items.Add(await _items.Reader.ReadAsync(deadline.Token));
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new TimeoutException($"Got {items.Count} of {count} items within {(timeout ?? Patience).TotalSeconds} s.");
        }

        return items;
    }

    /// <summary>Checks that no item arrives, and the stream does not end, for <paramref name="duration"/> (a short negative check).</summary>
    public async Task ExpectNoNextAsync(TimeSpan? duration = null)
    {
        using var window = new CancellationTokenSource(duration ?? TimeSpan.FromMilliseconds(300));
        try
        {
            var more = await _items.Reader.WaitToReadAsync(window.Token);
            if (!more)
            {
                throw new InvalidOperationException("The stream ended; a live stream must go on.", _items.Reader.Completion.Exception?.GetBaseException());
            }

            _items.Reader.TryPeek(out var item);
            throw new InvalidOperationException($"Expected no item, got {item}.");
        }
        catch (OperationCanceledException) when (window.IsCancellationRequested)
        {
            // Nothing came: as expected.
        }
    }

    /// <summary>Waits for the stream to complete normally with no further item.</summary>
    public async Task ExpectCompleteAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? Patience);
        if (await _items.Reader.WaitToReadAsync(deadline.Token))
        {
            _items.Reader.TryPeek(out var item);
            throw new InvalidOperationException($"Expected the stream to complete, got {item}.");
        }

        await _items.Reader.Completion;
    }

    /// <summary>Waits for the stream to fail and returns why (an <see cref="OperationCanceledException"/> when it was cancelled).</summary>
    public async Task<Exception> ExpectErrorAsync(TimeSpan? timeout = null)
    {
        try
        {
            await _items.Reader.Completion.WaitAsync(timeout ?? Patience);
        }
        catch (Exception e) when (e is not TimeoutException)
        {
            return e;
        }

        throw new InvalidOperationException("The stream completed instead of failing.");
    }

    /// <summary>Cancels the enumeration (as a consumer that is done does).</summary>
    public void Cancel() => _cancellation.Cancel();

    public async ValueTask DisposeAsync()
    {
        _cancellation.Cancel();
        try
        {
            await _pump.WaitAsync(Patience);
        }
        finally
        {
            _cancellation.Dispose();
        }
    }

    private async Task PumpAsync(IAsyncEnumerable<T> stream)
    {
        try
        {
            await foreach (var item in stream.WithCancellation(_cancellation.Token))
            {
                await _items.Writer.WriteAsync(item);
            }

            _items.Writer.TryComplete();
        }
        catch (Exception e)
        {
            _items.Writer.TryComplete(e);
        }
    }
}

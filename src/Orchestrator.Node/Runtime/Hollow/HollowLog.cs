using System.Runtime.CompilerServices;

namespace Orchestrator.Node.Runtime.Hollow;

/// <summary>
/// The log of one hollow container: the last lines it wrote, in order, readable while it is
/// written (follow) until the container has exited. Thread-safe.
/// </summary>
internal sealed class HollowLog(int capacity, TimeProvider time)
{
    private readonly object _gate = new();
    private readonly Queue<LogLine> _lines = new();
    private long _written;
    private bool _closed;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Adds a line, dropping the oldest beyond the capacity, and wakes followers.</summary>
    public void Append(LogStream stream, string text)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _lines.Enqueue(new LogLine(time.GetUtcNow(), stream, text));
            if (_lines.Count > capacity)
            {
                _lines.Dequeue();
            }

            _written++;
            changed = Swap();
        }

        changed.TrySetResult();
    }

    /// <summary>No more lines will come (the container exited or was removed): followers end.</summary>
    public void Close()
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            changed = Swap();
        }

        changed.TrySetResult();
    }

    /// <summary>The last <see cref="LogOptions.Tail"/> lines, then, when following, new ones until closed.</summary>
    public async IAsyncEnumerable<LogLine> ReadAsync(LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long next;
        lock (_gate)
        {
            var first = _written - _lines.Count;
            next = options.Tail is { } tail ? Math.Max(first, _written - Math.Max(tail, 0)) : first;
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            LogLine[] batch;
            bool closed;
            Task changed;
            lock (_gate)
            {
                var first = _written - _lines.Count;
                next = Math.Max(next, first);
                batch = [.. _lines.Skip((int)(next - first))];
                next = _written;
                closed = _closed;
                changed = _changed.Task;
            }

            foreach (var line in batch)
            {
                yield return line;
            }

            if (!options.Follow || closed)
            {
                yield break;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private TaskCompletionSource Swap()
    {
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return changed;
    }
}

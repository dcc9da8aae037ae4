using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace Orchestrator.Actors.Persistence.Query;

/// <summary>The query loops: read what is there page by page, then (live) wait for the head to rise and read again.</summary>
public abstract partial class ReadJournalBase
{
    private IAsyncEnumerable<EventEnvelope> ReadEntity(string persistenceId, long fromSequenceNr, long toSequenceNr, bool live, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(persistenceId);
        var afterSequenceNr = Math.Max(fromSequenceNr, 1) - 1;
        return ReadEvents(new EventSelection.ByPersistenceId(persistenceId, toSequenceNr), afterSequenceNr, live, cancellationToken);
    }

    private async IAsyncEnumerable<EventEnvelope> ReadEvents(EventSelection selection, long afterCursor, bool live, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var token = stopping.Token;
        token.ThrowIfCancellationRequested();
        using var listening = live ? _head.Listen() : null;
        var cursor = afterCursor;
        var bound = await ReadAsync(_head.RefreshAsync, token);
        while (!selection.IsComplete(cursor))
        {
            EventPage page;
            do
            {
                var after = cursor;
                page = await ReadAsync(ct => _store.ReadEventsAsync(selection, after, bound, Settings.MaxBufferSize, ct), token);
                foreach (var envelope in page.Events)
                {
                    cursor = selection.CursorOf(envelope);
                    yield return envelope;
                }

                if (page.Failure is { } failure)
                {
                    ExceptionDispatchInfo.Throw(failure);
                }
            }
            while (page.Events.Count == Settings.MaxBufferSize && !selection.IsComplete(cursor));

            if (!live || selection.IsComplete(cursor))
            {
                yield break;
            }

            bound = await _head.WaitBeyondAsync(bound, token);
        }
    }

    private async IAsyncEnumerable<string> ReadPersistenceIds(bool live, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var token = stopping.Token;
        token.ThrowIfCancellationRequested();
        using var listening = live ? _head.Listen() : null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var after = 0L;
        var bound = await ReadAsync(_head.RefreshAsync, token);
        while (true)
        {
            if (bound > after)
            {
                var from = after;
                foreach (var persistenceId in await ReadAsync(ct => _store.ReadPersistenceIdsAsync(from, bound, ct), token))
                {
                    if (seen.Add(persistenceId))
                    {
                        yield return persistenceId;
                    }
                }

                after = bound;
            }

            if (!live)
            {
                yield break;
            }

            bound = await _head.WaitBeyondAsync(after, token);
        }
    }

    /// <summary>
    /// Runs one read of the store. A read that fails because its query was cancelled (by its consumer, or by
    /// the system's shutdown, which then disposes the journal under the read) ends the query as cancelled.
    /// </summary>
    private static async Task<T> ReadAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken token)
    {
        try
        {
            return await read(token);
        }
        catch (Exception e) when (token.IsCancellationRequested && e is not OperationCanceledException)
        {
            throw new OperationCanceledException("The query was cancelled during a read of the journal.", e, token);
        }
    }
}

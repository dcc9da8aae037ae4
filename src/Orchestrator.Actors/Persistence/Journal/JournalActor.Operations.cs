using static Orchestrator.Actors.Persistence.Journal.JournalProtocol;

namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>The plugin calls and their replies. They run off the actor's thread and touch only thread-safe state.</summary>
internal sealed partial class JournalActor
{
    private async Task WriteAsync(WriteMessages request)
    {
        var writes = StampedWrites(request.Items);
        IReadOnlyList<WriteResult>? results = null;
        Exception? failure = null;
        try
        {
            results = writes.Length == 0 ? [] : await _breaker.WithCircuitBreaker(token => _journal.WriteMessagesAsync(writes, token)).ConfigureAwait(false);
            if (results.Count != writes.Length)
            {
                failure = new InvalidOperationException($"The journal plugin returned {results.Count} results for {writes.Length} writes.");
            }
        }
        catch (Exception e)
        {
            failure = e;
        }

        ReplyToWrite(request, writes, failure is null ? results : null, failure);
    }

    /// <summary>
    /// The batch reply first (so that the actor may send its next batch), then one reply per event or loop, in order.
    /// A failed call fails every event; otherwise each write's result decides its events' replies.
    /// </summary>
    private void ReplyToWrite(WriteMessages request, AtomicWrite[] writes, IReadOnlyList<WriteResult>? results, Exception? failure)
    {
        var actor = request.PersistentActor;
        var instance = request.ActorInstanceId;
        var firstFailure = failure ?? FirstFailure(results!);
        actor.Tell(firstFailure is null ? new WriteMessagesSuccessful(instance) : new WriteMessagesFailed(firstFailure, writes.Length, instance), Self);
        var next = 0;
        foreach (var item in request.Items)
        {
            if (item is LoopItem loop)
            {
                actor.Tell(new LoopMessageSuccess(loop.Message, instance), loop.Sender);
                continue;
            }

            var index = next++;
            var result = results?[index] ?? WriteResult.Failed(failure!);
            foreach (var persistent in writes[index].Events)
            {
                object reply = result switch
                {
                    WriteResult.Rejection rejection => new WriteMessageRejected(persistent, rejection.Cause, instance),
                    WriteResult.Failure failed => new WriteMessageFailure(persistent, failed.Cause, instance),
                    _ => new WriteMessageSuccess(persistent, instance),
                };
                actor.Tell(reply, item.Sender);
            }
        }
    }

    private async Task DeleteAsync(DeleteMessagesTo request)
    {
        object reply;
        try
        {
            await _breaker.WithCircuitBreaker(token => _journal.DeleteMessagesToAsync(request.PersistenceId, request.ToSequenceNr, token)).ConfigureAwait(false);
            reply = new DeleteMessagesSuccess(request.ToSequenceNr);
        }
        catch (Exception e)
        {
            reply = new DeleteMessagesFailure(e, request.ToSequenceNr);
        }

        request.PersistentActor.Tell(reply, Self);
    }

    private static Exception? FirstFailure(IReadOnlyList<WriteResult> results)
    {
        foreach (var result in results)
        {
            if (result is WriteResult.Failure failure)
            {
                return failure.Cause;
            }
        }

        return null;
    }

    /// <summary>The atomic writes of the request, each event with its write time (now, unless it has one).</summary>
    private AtomicWrite[] StampedWrites(IReadOnlyList<Item> items)
    {
        var count = 0;
        foreach (var item in items)
        {
            count += item is PersistItem ? 1 : 0;
        }

        var writes = new AtomicWrite[count];
        var next = 0;
        long now = 0;
        foreach (var item in items)
        {
            if (item is PersistItem persist)
            {
                writes[next++] = Stamp(persist.Write, ref now);
            }
        }

        return writes;
    }

    /// <summary>Sets the write time of events that have none; the clock is read once per request, when first needed.</summary>
    private AtomicWrite Stamp(AtomicWrite write, ref long now)
    {
        var unstamped = false;
        foreach (var e in write.Events)
        {
            unstamped |= e.Timestamp == 0;
        }

        if (!unstamped)
        {
            return write;
        }

        if (now == 0)
        {
            now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        }

        var events = new PersistentRepresentation[write.Events.Count];
        for (var i = 0; i < events.Length; i++)
        {
            var e = write.Events[i];
            events[i] = e.Timestamp == 0 ? e with { Timestamp = now } : e;
        }

        return new AtomicWrite(events);
    }
}

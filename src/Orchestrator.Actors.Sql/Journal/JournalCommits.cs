using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Orchestrator.Actors.Sql.Journal;

/// <summary>
/// In-process announcements that a SQL journal committed events, so that live queries in the same process
/// (in any actor system) read new events at once instead of waiting for their next poll. A journal is
/// known by its <see cref="SqlJournal.JournalKey"/> (database identity and table: the same for every plugin
/// instance on that table). After each commit the writer announces the highest ordering it committed;
/// since orderings commit in increasing order, every event up to that ordering is then readable.
/// Events written by other processes are not announced: queries still poll for those.
/// </summary>
public static class JournalCommits
{
    private static readonly ConcurrentDictionary<string, Topic> _topics = new(StringComparer.Ordinal);

    /// <summary>
    /// Calls <paramref name="onCommitted"/> with the highest committed ordering after each commit to the journal
    /// <paramref name="journalKey"/>, until the returned handle is disposed. It runs on the journal's writer:
    /// keep it short and non-blocking (signal a channel or semaphore). Its exceptions are ignored.
    /// </summary>
    public static IDisposable Subscribe(string journalKey, Action<long> onCommitted)
    {
        ArgumentNullException.ThrowIfNull(journalKey);
        ArgumentNullException.ThrowIfNull(onCommitted);
        var topic = TopicOf(journalKey);
        ImmutableInterlocked.Update(ref topic.Subscribers, list => list.Add(onCommitted));
        return new Subscription(topic, onCommitted);
    }

    /// <summary>The highest ordering announced for <paramref name="journalKey"/> in this process, or 0.</summary>
    public static long LatestOrdering(string journalKey) =>
        _topics.TryGetValue(journalKey, out var topic) ? Interlocked.Read(ref topic.Highest) : 0;

    internal static void Publish(string journalKey, long highestOrdering)
    {
        var topic = TopicOf(journalKey);
        var seen = Interlocked.Read(ref topic.Highest);
        while (highestOrdering > seen)
        {
            var previous = Interlocked.CompareExchange(ref topic.Highest, highestOrdering, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }

        foreach (var subscriber in topic.Subscribers)
        {
            try
            {
                subscriber(highestOrdering);
            }
            catch
            {
                // A broken subscriber must not fail the journal's writer; its query still polls.
            }
        }
    }

    private static Topic TopicOf(string journalKey) => _topics.GetOrAdd(journalKey, static _ => new Topic());

    private sealed class Topic
    {
        public ImmutableArray<Action<long>> Subscribers = [];
        public long Highest;
    }

    private sealed class Subscription(Topic topic, Action<long> subscriber) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                ImmutableInterlocked.Update(ref topic.Subscribers, list => list.Remove(subscriber));
            }
        }
    }
}

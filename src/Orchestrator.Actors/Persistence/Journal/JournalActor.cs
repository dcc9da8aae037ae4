using System.Collections.Concurrent;
using Orchestrator.Actors.Pattern;
using static Orchestrator.Actors.Persistence.Journal.JournalProtocol;

namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>
/// The system actor in front of one journal plugin (Akka's <c>AsyncWriteJournal</c>). It starts plugin calls
/// and goes on at once: calls for different entities run concurrently (which is what lets SQL plugins
/// commit many entities' writes together), while the calls for one entity run one after another, in the
/// order they arrived, so the plugin never sees two at once for a persistence id. Every call goes through
/// the plugin's circuit breaker. Replies go straight to the persistent actor; the per-event write replies
/// carry the sender of the command that persisted the event.
/// </summary>
internal sealed partial class JournalActor : ActorBase
{
    private readonly IJournal _journal;
    private readonly CircuitBreaker _breaker;
    private readonly TimeProvider _time;
    // Written by the actor; an operation's continuation removes its own entry, so no message is needed to clean up.
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    private JournalActor(IJournal journal, CircuitBreaker breaker)
    {
        _journal = journal;
        _breaker = breaker;
        _time = Context.System.TimeProvider;
    }

    /// <summary>The props of the actor for <paramref name="journal"/>.</summary>
    public static Props Props(IJournal journal, CircuitBreaker breaker) => Orchestrator.Actors.Props.Create(() => new JournalActor(journal, breaker));

    protected internal override bool Receive(object message)
    {
        switch (message)
        {
            case WriteMessages write:
                RunInTurn(write.PersistenceId, () => WriteAsync(write));
                return true;
            case ReplayMessages replay:
                RunInTurn(replay.PersistenceId, () => ReplayAsync(replay));
                return true;
            case DeleteMessagesTo delete:
                RunInTurn(delete.PersistenceId, () => DeleteAsync(delete));
                return true;
            default:
                return false;
        }
    }

    /// <summary>Starts <paramref name="operation"/> now, or after the entity's operation under way; operations never fail (they reply instead).</summary>
    private void RunInTurn(string persistenceId, Func<Task> operation)
    {
        var task = _running.TryGetValue(persistenceId, out var previous) && !previous.IsCompleted
            ? previous.ContinueWith(_ => operation(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap()
            : operation();
        _running[persistenceId] = task;

        // Registered after the entry is in place, so a task that is already done removes it at once.
        task.ContinueWith(
            t => _running.TryRemove(new KeyValuePair<string, Task>(persistenceId, t)),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }
}

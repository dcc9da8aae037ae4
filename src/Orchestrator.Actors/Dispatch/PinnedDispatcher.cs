using System.Collections.Concurrent;

namespace Orchestrator.Actors.Dispatch;

/// <summary>
/// Gives its actor a thread of its own, for actors that block (a process reaper, a
/// blocking driver). Each actor that uses a pinned dispatcher id gets its own instance;
/// the thread ends when the actor terminates.
/// </summary>
public sealed class PinnedDispatcher : MessageDispatcher
{
    private readonly BlockingCollection<Mailbox> _work = new();
    private readonly Thread _thread;

    internal PinnedDispatcher(string id, int throughput, long throughputDeadlineMs)
        : base(id, throughput, throughputDeadlineMs)
    {
        _thread = new Thread(Run) { IsBackground = true, Name = $"pinned:{id}" };
        _thread.Start();
    }

    internal override void Schedule(Mailbox mailbox)
    {
        if (!_work.IsAddingCompleted)
        {
            try
            {
                _work.Add(mailbox);
            }
            catch (InvalidOperationException)
            {
                // Completed concurrently: the actor has terminated and needs no more runs.
            }
        }
    }

    internal override void Detach(ActorCell cell) => _work.CompleteAdding();

    internal override void Shutdown() => _work.CompleteAdding();

    private void Run()
    {
        foreach (var mailbox in _work.GetConsumingEnumerable())
        {
            mailbox.Execute();
        }
    }
}

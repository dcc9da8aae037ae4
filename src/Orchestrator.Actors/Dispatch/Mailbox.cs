using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors.Dispatch;

/// <summary>
/// The queue of one actor and the unit of work its dispatcher runs. System messages
/// (a lock-free list, newest first) are always processed before user messages, and
/// again after each user message; user messages are processed up to the dispatcher's
/// throughput per run, and not at all while the actor is suspended. At most one thread
/// runs a mailbox at a time, which is what makes an actor single-threaded.
/// </summary>
internal sealed partial class Mailbox : IThreadPoolWorkItem
{
    private const int Open = 0;
    private const int Closed = 1;
    private const int Scheduled = 2;
    private const int ShouldNotScheduleMask = Closed | Scheduled;
    private const int SuspendUnit = 4;

    private readonly IMessageQueue _queue;
    private ActorCell? _cell;
    private MessageDispatcher? _dispatcher;
    private SystemMessage? _systemHead;
    private Queue<Envelope>? _unstashed;
    private int _status;

    public Mailbox(IMessageQueue queue) => _queue = queue;

    /// <summary>The user-message queue.</summary>
    public IMessageQueue MessageQueue => _queue;

    /// <summary>True once the actor has terminated; nothing is processed any more.</summary>
    public bool IsClosed => (Volatile.Read(ref _status) & Closed) != 0;

    /// <summary>True while user messages must wait (a failure is being handled, or children are stopping).</summary>
    public bool IsSuspended => Volatile.Read(ref _status) >= SuspendUnit;

    /// <summary>True when user messages wait, in the queue or unstashed.</summary>
    public bool HasMessages => _queue.HasMessages || _unstashed is { Count: > 0 };

    /// <summary>Ties the mailbox to its actor and dispatcher before the first message.</summary>
    public void Attach(ActorCell cell, MessageDispatcher dispatcher)
    {
        _cell = cell;
        _dispatcher = dispatcher;
    }

    /// <summary>Queues a user message and makes sure the mailbox will run. False when it was refused.</summary>
    public bool Post(in Envelope envelope)
    {
        if (!_queue.TryEnqueue(envelope))
        {
            return false;
        }

        RegisterForExecution(hasMessageHint: true, hasSystemMessageHint: false);
        return true;
    }

    /// <summary>
    /// Puts messages back in front of everything waiting, in the given order (unstashing), so that messages
    /// unstashed now run before those an earlier unstash left waiting, as in Akka. Only the actor's own thread calls this.
    /// </summary>
    public void PostFirst(ReadOnlySpan<Envelope> envelopes)
    {
        var waiting = _unstashed;
        if (waiting is null || waiting.Count == 0)
        {
            PostBehindUnstashed(envelopes);
            return;
        }

        var merged = new Queue<Envelope>(envelopes.Length + waiting.Count);
        foreach (var envelope in envelopes)
        {
            merged.Enqueue(envelope);
        }

        foreach (var envelope in waiting)
        {
            merged.Enqueue(envelope);
        }

        _unstashed = merged;
    }

    /// <summary>
    /// Puts messages in front of the queue but behind those an earlier unstash left waiting, in the given order.
    /// Only the actor's own thread calls this.
    /// </summary>
    public void PostBehindUnstashed(ReadOnlySpan<Envelope> envelopes)
    {
        var waiting = _unstashed ??= new Queue<Envelope>(envelopes.Length);
        foreach (var envelope in envelopes)
        {
            waiting.Enqueue(envelope);
        }
    }

    public void Suspend()
    {
        int status;
        do
        {
            status = Volatile.Read(ref _status);
            if ((status & Closed) != 0)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _status, status + SuspendUnit, status) != status);
    }

    public void Resume()
    {
        int status;
        do
        {
            status = Volatile.Read(ref _status);
            if ((status & Closed) != 0 || status < SuspendUnit)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _status, status - SuspendUnit, status) != status);
    }

    /// <summary>Marks the mailbox as done for good; what is still queued is handed back for dead letters.</summary>
    public void BecomeClosed()
    {
        int status;
        do
        {
            status = Volatile.Read(ref _status);
        }
        while (Interlocked.CompareExchange(ref _status, Closed, status) != status);
    }

    /// <summary>Runs the mailbox on a dispatcher thread.</summary>
    public void Execute()
    {
        try
        {
            if (!IsClosed)
            {
                ProcessAllSystemMessages();
                ProcessMailbox();
            }
        }
        finally
        {
            SetAsIdle();
            RegisterForExecution(hasMessageHint: false, hasSystemMessageHint: false);
        }
    }

    /// <summary>Schedules the mailbox on its dispatcher unless it is running, scheduled or closed.</summary>
    public void RegisterForExecution(bool hasMessageHint, bool hasSystemMessageHint)
    {
        if (CanBeScheduled(hasMessageHint, hasSystemMessageHint) && SetAsScheduled())
        {
            _dispatcher!.Schedule(this);
        }
    }

    private bool CanBeScheduled(bool hasMessageHint, bool hasSystemMessageHint)
    {
        var status = Volatile.Read(ref _status);
        if (status is Open or Scheduled)
        {
            // HasMessages includes unstashed messages; without hints only the actor's own thread gets here.
            return hasMessageHint || hasSystemMessageHint || HasSystemMessages || HasMessages;
        }

        if ((status & Closed) != 0)
        {
            return false;
        }

        return hasSystemMessageHint || HasSystemMessages;
    }

    private bool SetAsScheduled()
    {
        while (true)
        {
            var status = Volatile.Read(ref _status);
            if ((status & ShouldNotScheduleMask) != Open)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _status, status | Scheduled, status) == status)
            {
                return true;
            }
        }
    }

    private void SetAsIdle()
    {
        while (true)
        {
            var status = Volatile.Read(ref _status);
            if (Interlocked.CompareExchange(ref _status, status & ~Scheduled, status) == status)
            {
                return;
            }
        }
    }

    private void ProcessMailbox()
    {
        var cell = _cell!;
        var left = _dispatcher!.Throughput;
        var deadline = _dispatcher.ThroughputDeadline;
        var started = deadline > 0 ? Environment.TickCount64 : 0;
        while (!IsClosed && !IsSuspended && TryTake(out var envelope))
        {
            cell.Invoke(envelope);
            ProcessAllSystemMessages();
            if (--left <= 0 || (deadline > 0 && Environment.TickCount64 - started >= deadline))
            {
                return;
            }
        }
    }

    private bool TryTake(out Envelope envelope)
    {
        if (_unstashed is { Count: > 0 } unstashed)
        {
            envelope = unstashed.Dequeue();
            return true;
        }

        return _queue.TryDequeue(out envelope);
    }
}

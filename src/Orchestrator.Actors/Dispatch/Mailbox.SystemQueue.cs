using Orchestrator.Actors.Dispatch.SysMsg;

namespace Orchestrator.Actors.Dispatch;

/// <summary>The lock-free system-message list and what happens to messages after the actor died.</summary>
internal sealed partial class Mailbox
{
    private bool HasSystemMessages
    {
        get
        {
            var head = Volatile.Read(ref _systemHead);
            return head is not null && head is not NoMessage;
        }
    }

    /// <summary>Queues a system message; on a closed mailbox it is handled as a dead actor would.</summary>
    public void PostSystem(SystemMessage message)
    {
        while (true)
        {
            var head = Volatile.Read(ref _systemHead);
            if (head is NoMessage)
            {
                _cell!.HandleSystemMessageWhenDead(message);
                return;
            }

            message.Next = head;
            if (Interlocked.CompareExchange(ref _systemHead, message, head) == head)
            {
                break;
            }
        }

        RegisterForExecution(hasMessageHint: false, hasSystemMessageHint: true);
    }

    /// <summary>
    /// Closes the system queue once the actor has terminated: whatever arrives from now
    /// on, and whatever was still queued, is handled as sent to a dead actor; user
    /// messages still queued go to dead letters.
    /// </summary>
    public void CleanUp()
    {
        var cell = _cell!;
        var pending = Interlocked.Exchange(ref _systemHead, NoMessage.Instance);
        ForEach(Reverse(pending), static (c, m) => c.HandleSystemMessageWhenDead(m), cell);

        while (TryTake(out var envelope))
        {
            cell.SendToDeadLetters(envelope);
        }
    }

    /// <summary>
    /// Hands messages that senders queued after the actor closed to dead letters. Any thread may call this once
    /// the mailbox is closed; it touches only the concurrent queue, never the unstashed messages.
    /// </summary>
    public void DrainLateMessages()
    {
        var cell = _cell!;
        while (_queue.TryDequeue(out var envelope))
        {
            cell.SendToDeadLetters(envelope);
        }
    }

    private void ProcessAllSystemMessages()
    {
        var cell = _cell!;
        while (!IsClosed)
        {
            var head = Volatile.Read(ref _systemHead);
            if (head is null || head is NoMessage)
            {
                return;
            }

            if (Interlocked.CompareExchange(ref _systemHead, null, head) != head)
            {
                continue;
            }

            ForEach(Reverse(head), InvokeOrDeadLetter, cell);
        }
    }

    private static void InvokeOrDeadLetter(ActorCell cell, SystemMessage message)
    {
        if (cell.Mailbox.IsClosed)
        {
            cell.HandleSystemMessageWhenDead(message);
        }
        else
        {
            cell.SystemInvoke(message);
        }
    }

    /// <summary>Turns a newest-first list into oldest-first, in place.</summary>
    private static SystemMessage? Reverse(SystemMessage? head)
    {
        SystemMessage? reversed = null;
        while (head is not null && head is not NoMessage)
        {
            var next = head.Next;
            head.Next = reversed;
            reversed = head;
            head = next;
        }

        return reversed;
    }

    /// <summary>Hands each message of an oldest-first list to <paramref name="handle"/>, unlinking it first.</summary>
    private static void ForEach(SystemMessage? list, Action<ActorCell, SystemMessage> handle, ActorCell cell)
    {
        while (list is not null)
        {
            var next = list.Next;
            list.Next = null;
            handle(cell, list);
            list = next;
        }
    }
}

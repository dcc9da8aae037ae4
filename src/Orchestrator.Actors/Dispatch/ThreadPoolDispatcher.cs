namespace Orchestrator.Actors.Dispatch;

/// <summary>The default dispatcher: mailboxes run as work items of the .NET thread pool.</summary>
public sealed class ThreadPoolDispatcher : MessageDispatcher
{
    private readonly bool _preferLocal;

    internal ThreadPoolDispatcher(string id, int throughput, long throughputDeadlineMs, bool preferLocal)
        : base(id, throughput, throughputDeadlineMs) => _preferLocal = preferLocal;

    internal override void Schedule(Mailbox mailbox) =>
        ThreadPool.UnsafeQueueUserWorkItem(mailbox, _preferLocal);
}

namespace Orchestrator.Actors.Dispatch.SysMsg;

/// <summary>
/// A message of the runtime itself (create, watch, failure, terminate...). System
/// messages are processed before user messages and never go through user code's
/// receive. Each instance is enqueued once: it carries the link of the mailbox's
/// lock-free system queue.
/// </summary>
internal abstract class SystemMessage
{
    /// <summary>The next message in a mailbox's system queue.</summary>
    internal SystemMessage? Next;
}

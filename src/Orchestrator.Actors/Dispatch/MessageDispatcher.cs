namespace Orchestrator.Actors.Dispatch;

/// <summary>
/// Runs mailboxes on threads. <see cref="Throughput"/> is how many user messages one
/// actor may process before its thread is handed to the next mailbox (Akka's default: 30).
/// </summary>
public abstract class MessageDispatcher
{
    private protected MessageDispatcher(string id, int throughput, long throughputDeadlineMs)
    {
        Id = id;
        Throughput = throughput > 0 ? throughput : throw new ArgumentOutOfRangeException(nameof(throughput), throughput, "Throughput must be positive.");
        ThroughputDeadline = throughputDeadlineMs;
    }

    /// <summary>The configuration path this dispatcher was made from.</summary>
    public string Id { get; }

    /// <summary>User messages per mailbox run.</summary>
    public int Throughput { get; }

    /// <summary>Milliseconds a mailbox run may last, or 0 for no limit.</summary>
    public long ThroughputDeadline { get; }

    /// <summary>Queues a mailbox to run soon.</summary>
    internal abstract void Schedule(Mailbox mailbox);

    /// <summary>Called when an actor starts using this dispatcher.</summary>
    internal virtual void Attach(ActorCell cell)
    {
    }

    /// <summary>Called when an actor using this dispatcher has terminated.</summary>
    internal virtual void Detach(ActorCell cell)
    {
    }

    /// <summary>Releases threads owned by the dispatcher, when the system terminates.</summary>
    internal virtual void Shutdown()
    {
    }
}

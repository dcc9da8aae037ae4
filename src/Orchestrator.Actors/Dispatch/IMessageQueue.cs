namespace Orchestrator.Actors.Dispatch;

/// <summary>The user-message queue of a mailbox: many producers, one consumer (the actor).</summary>
public interface IMessageQueue
{
    /// <summary>True when at least one message waits.</summary>
    bool HasMessages { get; }

    /// <summary>How many messages wait (may be approximate while others enqueue).</summary>
    int Count { get; }

    /// <summary>Adds a message; false when a bounded queue is full.</summary>
    bool TryEnqueue(in Envelope envelope);

    /// <summary>Takes the oldest message, if any.</summary>
    bool TryDequeue(out Envelope envelope);
}

using Orchestrator.Actors.Dispatch;

namespace Orchestrator.Actors;

/// <summary>Messages set aside by an actor, returned in the order they were stashed.</summary>
public interface IStash
{
    /// <summary>How many messages are stashed.</summary>
    int Count { get; }

    /// <summary>Sets the current message aside.</summary>
    void Stash();

    /// <summary>Returns the oldest stashed message to the front of the mailbox.</summary>
    void Unstash();

    /// <summary>Returns every stashed message, in order, ahead of the mailbox's other messages.</summary>
    void UnstashAll();

    /// <summary>Returns the stashed messages that pass <paramref name="predicate"/>; drops the rest.</summary>
    void UnstashAll(Func<Envelope, bool> predicate);

    /// <summary>Empties the stash and hands back what was in it.</summary>
    IReadOnlyList<Envelope> ClearStash();
}

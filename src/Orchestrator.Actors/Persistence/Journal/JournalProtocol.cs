namespace Orchestrator.Actors.Persistence.Journal;

/// <summary>
/// What persistent actors and their journal actor say to each other, as Akka's <c>JournalProtocol</c>.
/// Write replies carry the writing instance's id, so that replies to an incarnation that has since
/// restarted are recognised and dropped.
/// </summary>
internal static class JournalProtocol
{
    /// <summary>A reply to <see cref="WriteMessages"/>, addressed to one actor instance.</summary>
    public interface IWriteReply
    {
        int ActorInstanceId { get; }
    }

    /// <summary>One entry of a <see cref="WriteMessages"/> batch, with the sender of the command that made it.</summary>
    public abstract record Item(IActorRef? Sender);

    /// <summary>Events to store atomically.</summary>
    public sealed record PersistItem(AtomicWrite Write, IActorRef? Sender) : Item(Sender);

    /// <summary>A deferred handler's argument, looped through the journal to keep its place in line; nothing is stored.</summary>
    public sealed record LoopItem(object Message, IActorRef? Sender) : Item(Sender);

    /// <summary>A persistent actor's batch; it sends the next one only after <see cref="WriteMessagesSuccessful"/>.</summary>
    public sealed record WriteMessages(string PersistenceId, IReadOnlyList<Item> Items, IActorRef PersistentActor, int ActorInstanceId);

    /// <summary>The whole batch is done (each write stored or rejected); sent before the per-event replies.</summary>
    public sealed record WriteMessagesSuccessful(int ActorInstanceId) : IWriteReply;

    /// <summary>The batch failed (the call failed, or a write hit the unique key); per-event replies follow.</summary>
    public sealed record WriteMessagesFailed(Exception Cause, int WriteCount, int ActorInstanceId) : IWriteReply;

    /// <summary>One event is durable: its handler runs (sent with the command's sender).</summary>
    public sealed record WriteMessageSuccess(PersistentRepresentation Persistent, int ActorInstanceId) : IWriteReply;

    /// <summary>One event was refused and not stored: the actor goes on.</summary>
    public sealed record WriteMessageRejected(PersistentRepresentation Persistent, Exception Cause, int ActorInstanceId) : IWriteReply;

    /// <summary>One event failed: the actor stops.</summary>
    public sealed record WriteMessageFailure(PersistentRepresentation Persistent, Exception Cause, int ActorInstanceId) : IWriteReply;

    /// <summary>A <see cref="LoopItem"/> came back in order: its deferred handler runs.</summary>
    public sealed record LoopMessageSuccess(object Message, int ActorInstanceId) : IWriteReply;

    /// <summary>Replays events in [from, to], at most <paramref name="Max"/>, then answers <see cref="RecoverySuccess"/>.</summary>
    public sealed record ReplayMessages(long FromSequenceNr, long ToSequenceNr, long Max, string PersistenceId, IActorRef PersistentActor);

    /// <summary>
    /// Replayed events, in order: the journal actor hands them over in chunks of up to
    /// <see cref="JournalActor.ReplayChunkSize"/>, so that an entity's replay costs a message per chunk, not per event.
    /// </summary>
    public sealed record ReplayedMessages(IReadOnlyList<PersistentRepresentation> Events);

    /// <summary>Replay is over; the highest sequence number ever stored for the entity.</summary>
    public sealed record RecoverySuccess(long HighestSequenceNr);

    /// <summary>Replay failed.</summary>
    public sealed record ReplayMessagesFailure(Exception Cause);

    /// <summary>Deletes events up to <paramref name="ToSequenceNr"/>; answered with DeleteMessagesSuccess or DeleteMessagesFailure.</summary>
    public sealed record DeleteMessagesTo(string PersistenceId, long ToSequenceNr, IActorRef PersistentActor);
}

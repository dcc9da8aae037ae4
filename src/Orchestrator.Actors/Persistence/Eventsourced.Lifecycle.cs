using Microsoft.Extensions.Logging;
using static Orchestrator.Actors.Persistence.Journal.JournalProtocol;

namespace Orchestrator.Actors.Persistence;

/// <summary>The lifecycle around the user's hooks, and the overridable reactions to failures.</summary>
public abstract partial class Eventsourced
{
    /// <summary>Called after the last replayed event, before <see cref="RecoveryCompleted"/>.</summary>
    protected virtual void OnReplaySuccess()
    {
    }

    /// <summary>
    /// Called when recovery fails: the journal or snapshot store failed, or a recover handler threw while handling
    /// <paramref name="event"/> (null otherwise). Logs the error by default. The actor is stopped afterwards.
    /// </summary>
    protected virtual void OnRecoveryFailure(Exception reason, object? @event = null)
    {
        if (@event is null)
        {
            EventsourcedLog.RecoveryFailed(Logger, reason, PersistenceId, LastSequenceNr);
        }
        else
        {
            EventsourcedLog.RecoveryFailedOnEvent(Logger, reason, @event.GetType(), LastSequenceNr, PersistenceId);
        }
    }

    /// <summary>
    /// Called when persisting <paramref name="event"/> failed: the journal could not be reached (the event may or may
    /// not be stored), or another incarnation already wrote <paramref name="sequenceNr"/>. Logs the error by default.
    /// The actor is always stopped afterwards: its state may not match the journal any more.
    /// </summary>
    protected virtual void OnPersistFailure(Exception cause, object @event, long sequenceNr) =>
        EventsourcedLog.PersistFailed(Logger, cause, @event.GetType(), sequenceNr, PersistenceId);

    /// <summary>
    /// Called when the journal rejected <paramref name="event"/>: it was not stored and its handler does not run.
    /// Logs a warning by default; the actor goes on.
    /// </summary>
    protected virtual void OnPersistRejected(Exception cause, object @event, long sequenceNr) =>
        EventsourcedLog.PersistRejected(Logger, cause, @event.GetType(), sequenceNr, PersistenceId, cause.Message);

    /// <summary>Ignores an unhandled <see cref="RecoveryCompleted"/> and logs unhandled snapshot and delete failures as warnings.</summary>
    protected override void Unhandled(object message)
    {
        switch (message)
        {
            case RecoveryCompleted:
                return;
            case SaveSnapshotFailure failure:
                EventsourcedLog.SaveSnapshotFailed(Logger, failure.Cause, failure.Metadata.PersistenceId, failure.Metadata.SequenceNr);
                break;
            case DeleteSnapshotFailure failure:
                EventsourcedLog.DeleteSnapshotFailed(Logger, failure.Cause, failure.Metadata.PersistenceId, failure.Metadata.SequenceNr);
                break;
            case DeleteSnapshotsFailure failure:
                EventsourcedLog.DeleteSnapshotsFailed(Logger, failure.Cause, PersistenceId, failure.Criteria.ToString());
                break;
            case DeleteMessagesFailure failure:
                EventsourcedLog.DeleteMessagesFailed(Logger, failure.Cause, PersistenceId, failure.ToSequenceNr);
                break;
        }

        base.Unhandled(message);
    }

    internal sealed override void AroundPreStart()
    {
        if (string.IsNullOrEmpty(PersistenceId))
        {
            throw new InvalidOperationException($"The persistent actor {Self.Path} has no PersistenceId.");
        }

        // Fail fast on missing or broken plugins.
        _ = Journal;
        _ = SnapshotStore;
        RequestRecoveryPermit();
        base.AroundPreStart();
    }

    internal sealed override void AroundPreRestart(Exception reason, object? message)
    {
        try
        {
            _internalStash.UnstashAll();
        }
        finally
        {
            // What was persisted before the failure is still written (its replies go to a gone instance).
            FlushJournalBatch();
            base.AroundPreRestart(reason, message switch
            {
                WriteMessageSuccess success => success.Persistent,
                LoopMessageSuccess loop => loop.Message,
                ReplayedMessages => _replayedEvent,
                _ => message,
            });
        }
    }

    internal sealed override void AroundPostRestart(Exception reason)
    {
        RequestRecoveryPermit();
        base.AroundPostRestart(reason);
    }

    internal sealed override void AroundPostStop()
    {
        try
        {
            // Commands that were waiting go to dead letters with the rest of the mailbox.
            _internalStash.UnstashAll();
        }
        finally
        {
            base.AroundPostStop();
        }
    }
}

using static Orchestrator.Actors.Persistence.Journal.JournalProtocol;

namespace Orchestrator.Actors.Persistence;

/// <summary>
/// Processing commands, and the journal's replies. After each command the events it persisted go to the journal;
/// while stashing persist handlers are pending, commands are stashed, and once the last has run they are
/// unstashed, in order, ahead of newer messages.
/// </summary>
public abstract partial class Eventsourced
{
    protected internal sealed override bool AroundReceive(Receive receive, object message)
    {
        // A grant sent to an incarnation that restarted before using it; the new one got its own.
        if (message is RecoveryPermitter.RecoveryPermitGranted && _state != State.WaitingRecoveryPermit)
        {
            return true;
        }

        switch (_state)
        {
            case State.WaitingRecoveryPermit:
                WaitingRecoveryPermit(message);
                break;
            case State.LoadingSnapshot:
                LoadingSnapshot(message);
                break;
            case State.Replaying:
                Replaying(message);
                break;
            case State.ProcessingCommands:
                ProcessingCommands(receive, message);
                break;
            default:
                if (!HandleWriteReply(message))
                {
                    _internalStash.Stash();
                }

                break;
        }

        return true;
    }

    private void ProcessingCommands(Receive receive, object message)
    {
        if (HandleWriteReply(message))
        {
            return;
        }

        try
        {
            if (!receive(message))
            {
                Unhandled(message);
            }
        }
        finally
        {
            OnCommandProcessed();
        }
    }

    /// <summary>After a command (even one that threw, as in Akka): send its events, and stash further commands while they are pending.</summary>
    private void OnCommandProcessed()
    {
        FlushBatch();
        if (_asyncTaskRunning)
        {
            return;
        }

        if (_pendingStashingPersistInvocations > 0)
        {
            _state = State.PersistingEvents;
        }
        else
        {
            _internalStash.UnstashAll();
        }
    }

    /// <summary>Handles the journal's replies to this incarnation's writes (and drops those to earlier ones); false for anything else.</summary>
    private bool HandleWriteReply(object message)
    {
        if (message is not IWriteReply reply)
        {
            return false;
        }

        if (reply.ActorInstanceId != _instanceId)
        {
            return true;
        }

        switch (message)
        {
            case WriteMessageSuccess success:
                UpdateLastSequenceNr(success.Persistent.SequenceNr);
                RunHandlerOfFirstPending();
                break;
            case LoopMessageSuccess:
                RunHandlerOfFirstPending();
                break;
            case WriteMessageRejected rejected:
                UpdateLastSequenceNr(rejected.Persistent.SequenceNr);
                var refused = CompleteFirstPending();
                OnPersistRejected(rejected.Cause, refused.Event, rejected.Persistent.SequenceNr);
                break;
            case WriteMessageFailure failure:
                var lost = CompleteFirstPending();
                try
                {
                    OnPersistFailure(failure.Cause, lost.Event, failure.Persistent.SequenceNr);
                }
                finally
                {
                    Context.Stop(Self);
                }

                break;
            case WriteMessagesSuccessful:
                _isWriteInProgress = false;
                FlushJournalBatch();
                break;
            case WriteMessagesFailed failed:
                // With writes in it, per-event failures follow and stop the actor: nothing more is written.
                _isWriteInProgress = failed.WriteCount > 0;
                break;
        }

        return true;
    }

    private void RunHandlerOfFirstPending()
    {
        var invocation = _pendingInvocations.First!.Value;
        try
        {
            invocation.Handler(invocation.Event);
        }
        finally
        {
            FlushBatch();
            CompleteFirstPending();
        }
    }

    /// <summary>The first pending handler is done (run, or skipped): when no stashing one is left, commands flow again.</summary>
    private PendingInvocation CompleteFirstPending()
    {
        var invocation = _pendingInvocations.First!.Value;
        _pendingInvocations.RemoveFirst();
        if (invocation.Stashing)
        {
            _pendingStashingPersistInvocations--;
        }

        if (_state == State.PersistingEvents && _pendingStashingPersistInvocations == 0)
        {
            _state = State.ProcessingCommands;
        }

        if (_state == State.ProcessingCommands)
        {
            _internalStash.UnstashAll();
        }

        return invocation;
    }
}
